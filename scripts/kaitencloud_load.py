"""The Python side of the SDK comparison: Kaiten's official SDK (kaitencloud 1.0.0)
running the same create/get workload as `kaiten-load`, against the same bench-server.

usage: kaitencloud_load.py <base-url> <requests> <concurrency> [async|threads]
Concurrency 1 uses the sync client; more uses AsyncKaitenClient with that many tasks
(`async`, the default) or one sync KaitenClient shared by that many threads (`threads`).
Prints one JSON line.
"""

import asyncio
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from kaitencloud import AsyncKaitenClient, KaitenClient

TOKEN = "ksh_bench_token"


def run_sync(url: str, requests: int) -> tuple[float, float]:
    client = KaitenClient(token=TOKEN, base_url=url)
    client.customers.get("warm")
    cpu = time.process_time()
    started = time.perf_counter()
    for i in range(requests):
        if i % 2 == 0:
            client.customers.create(name="Awesome Customer", external_customer_id="external-customer-id-12345")
        else:
            client.customers.get("awesome-customer")
    return time.perf_counter() - started, time.process_time() - cpu


def run_threads(url: str, requests: int, concurrency: int) -> tuple[float, float]:
    client = KaitenClient(token=TOKEN, base_url=url)
    client.customers.get("warm")
    per_worker = requests // concurrency

    def worker() -> None:
        for i in range(per_worker):
            if i % 2 == 0:
                client.customers.create(name="Awesome Customer", external_customer_id="external-customer-id-12345")
            else:
                client.customers.get("awesome-customer")

    cpu = time.process_time()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for f in [pool.submit(worker) for _ in range(concurrency)]:
            f.result()
    return time.perf_counter() - started, time.process_time() - cpu


async def run_async(url: str, requests: int, concurrency: int) -> tuple[float, float]:
    client = AsyncKaitenClient(token=TOKEN, base_url=url)
    await client.customers.get("warm")
    per_worker = requests // concurrency

    async def worker() -> None:
        for i in range(per_worker):
            if i % 2 == 0:
                await client.customers.create(name="Awesome Customer", external_customer_id="external-customer-id-12345")
            else:
                await client.customers.get("awesome-customer")

    cpu = time.process_time()
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    url, requests, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    mode = sys.argv[4] if len(sys.argv) > 4 else "async"
    if concurrency <= 1:
        seconds, cpu = run_sync(url, requests)
        done, client = requests, "kaitencloud 1.0.0 (Python, KaitenClient)"
    elif mode == "threads":
        seconds, cpu = run_threads(url, requests, concurrency)
        done = (requests // concurrency) * concurrency
        client = f"kaitencloud 1.0.0 (Python, KaitenClient in {concurrency} threads)"
    else:
        seconds, cpu = asyncio.run(run_async(url, requests, concurrency))
        done = (requests // concurrency) * concurrency
        client = f"kaitencloud 1.0.0 (Python, AsyncKaitenClient, {concurrency} tasks)"
    print(json.dumps({
        "client": client,
        "requests": done,
        "concurrency": concurrency,
        "seconds": round(seconds, 3),
        "requests_per_second": round(done / seconds),
        "client_cpu_us_per_request": round(cpu * 1e6 / done, 1),
    }))


if __name__ == "__main__":
    main()
