//! Turns a per-page operation into a `Stream` of items.

use std::fmt::Debug;
use std::future::Future;

use futures::Stream;
use futures::stream::{self, StreamExt, TryStreamExt};

use crate::error::PaginationError;

/// One fetched page: its items, and where the next page is.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T, C> {
    /// The items of this page, in order.
    pub items: Vec<T>,
    /// The cursor (token, page number or link) of the next page; `None`
    /// on the last page.
    pub next: Option<C>,
}

/// Limits of one walk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Stop after this many items (no further page is fetched once they
    /// have been yielded).
    pub max_items: Option<usize>,
    /// The API serves at most this many pages; a walk that would need more
    /// fails with a [`PaginationError`] instead of stopping silently.
    pub max_pages: Option<usize>,
}

/// Walks pages starting from cursor `first`, yielding every item once.
///
/// `fetch` gets the cursor of the page to fetch (`None` for the first page).
/// The walk ends after a page with no next cursor, or after
/// [`Limits::max_items`] items. It fails, rather than returning a partial
/// list, when a page points at the cursor it was fetched with or at any
/// cursor seen before (a loop), and when more pages exist than
/// [`Limits::max_pages`] allows.
pub fn paginate<T, C, E, F, Fut>(limits: Limits, fetch: F) -> impl Stream<Item = Result<T, E>>
where
    C: Clone + PartialEq + Debug,
    E: From<PaginationError>,
    F: FnMut(Option<C>) -> Fut,
    Fut: Future<Output = Result<Page<T, C>, E>>,
{
    struct State<C, F> {
        fetch: F,
        next: Option<Option<C>>,
        seen: Vec<C>,
        pages: usize,
    }
    let state = State {
        fetch,
        next: Some(None),
        seen: Vec::new(),
        pages: 0,
    };
    let max_pages = limits.max_pages;
    let pages = stream::try_unfold(state, move |mut st| async move {
        let Some(cursor) = st.next.take() else {
            return Ok(None);
        };
        if let Some(max) = max_pages
            && st.pages >= max
        {
            return Err(E::from(PaginationError::new(format!(
                "the API serves at most {max} pages and more remain; narrow the query (e.g. by a time window) to see the rest"
            ))));
        }
        let page = (st.fetch)(cursor.clone()).await?;
        st.pages += 1;
        if let Some(c) = &cursor {
            st.seen.push(c.clone());
        }
        if let Some(next) = &page.next {
            if cursor.as_ref() == Some(next) {
                return Err(E::from(PaginationError::new(format!(
                    "the API returned the cursor {next:?} it was just given, so the walk would loop; stopped after {} pages",
                    st.pages
                ))));
            }
            if st.seen.contains(next) {
                return Err(E::from(PaginationError::new(format!(
                    "the API returned the cursor {next:?} a second time, so the walk would loop; stopped after {} pages",
                    st.pages
                ))));
            }
        }
        st.next = page.next.clone().map(Some);
        Ok(Some((page.items, st)))
    });
    let items = pages
        .map_ok(|items| stream::iter(items.into_iter().map(Ok)))
        .try_flatten();
    match limits.max_items {
        Some(n) => items.take(n).left_stream(),
        None => items.right_stream(),
    }
}

/// Reads a next-page link (a `links.next` value) of the operation at
/// `op_path` (the spec's path, e.g. `/customers/search`) of a client whose
/// base URL is `base_url`, and returns the link's query parameters, in order.
///
/// `Ok(None)` when there is no link (absent or empty): the walk is over.
/// The link may be an absolute URL on the base URL's origin or a
/// host-relative path; a path that repeats the end of the base URL's path
/// (Kustomer's `/v1/customers?page=2` under `https://acme.api.kustomerapp.com/v1`)
/// is resolved on it, any other path is taken as relative to the base URL.
/// Anything that would make the walk silently different is a
/// [`PaginationError`]: another origin (the token would go to another host),
/// another operation's path, or a query parameter not in `params` (the next
/// request could not pass it on).
pub fn next_link(
    base_url: &str,
    link: Option<&str>,
    op_path: &str,
    params: &[&str],
) -> Result<Option<Vec<(String, String)>>, PaginationError> {
    let Some(link) = link.map(str::trim).filter(|l| !l.is_empty()) else {
        return Ok(None);
    };
    let base = url::Url::parse(base_url).map_err(|e| {
        PaginationError::new(format!(
            "cannot resolve the next link against {base_url}: {e}"
        ))
    })?;
    let base_path = base.path().trim_end_matches('/').to_string();
    let resolved = if link.starts_with('/') && !link.starts_with("//") {
        let link_path = link.split(['?', '#']).next().unwrap_or("");
        // The longest end of the base path that the link starts with.
        let segments: Vec<&str> = base_path.split('/').collect();
        let mut prefix = base_path.clone();
        for i in 1..segments.len() {
            let tail = segments[i..].join("/");
            let tail = format!("/{tail}");
            if link_path == tail || link_path.starts_with(&format!("{tail}/")) {
                prefix = segments[..i].join("/");
                break;
            }
        }
        base.join(&format!("{prefix}{link}"))
    } else {
        url::Url::parse(link)
    }
    .map_err(|e| {
        PaginationError::new(format!("the next link `{link}` is not a URL or path ({e})"))
    })?;
    if resolved.origin() != base.origin() {
        return Err(PaginationError::new(format!(
            "the next link `{link}` points to another host; not following it with this client's credentials"
        )));
    }
    let want = format!("{base_path}{op_path}");
    if !path_matches(
        want.trim_end_matches('/'),
        resolved.path().trim_end_matches('/'),
    ) {
        return Err(PaginationError::new(format!(
            "the next link `{link}` is not a page of {op_path}"
        )));
    }
    let mut out = Vec::new();
    for (k, v) in resolved.query_pairs() {
        if !params.contains(&k.as_ref()) {
            return Err(PaginationError::new(format!(
                "the next link `{link}` carries `{k}`, which this client cannot pass on"
            )));
        }
        out.push((k.into_owned(), v.into_owned()));
    }
    Ok(Some(out))
}

/// Whether `path` is an instance of the path template `template`: equal
/// segment by segment, where a `{name}` in a template segment stands for
/// one or more characters of the same segment (`/customers/{id}/notes`
/// matches `/customers/5d2f…/notes`; `externalId={externalId}` matches
/// `externalId=abc`).
fn path_matches(template: &str, path: &str) -> bool {
    let t: Vec<&str> = template.split('/').collect();
    let p: Vec<&str> = path.split('/').collect();
    t.len() == p.len() && t.iter().zip(&p).all(|(t, p)| segment_matches(t, p))
}

fn segment_matches(template: &str, segment: &str) -> bool {
    let Some(open) = template.find('{') else {
        return template == segment;
    };
    let Some(close) = template[open..].find('}').map(|c| open + c) else {
        return template == segment;
    };
    let (prefix, rest) = (&template[..open], &template[close + 1..]);
    let Some(tail) = segment.strip_prefix(prefix) else {
        return false;
    };
    // The placeholder takes at least one character; try every split.
    (1..=tail.len())
        .filter(|&i| tail.is_char_boundary(i))
        .any(|i| segment_matches(rest, &tail[i..]))
}

/// The value of `name` in a next link's parameters ([`next_link`]), parsed
/// as the operation's parameter type. `Ok(None)` when the link leaves it out.
pub fn link_param<T: std::str::FromStr>(
    params: &[(String, String)],
    name: &str,
) -> Result<Option<T>, PaginationError> {
    match params.iter().rev().find(|(k, _)| k == name) {
        None => Ok(None),
        Some((_, v)) => v.parse::<T>().map(Some).map_err(|_| {
            PaginationError::new(format!(
                "the next link's `{name}` is `{v}`, which is not a valid {name}"
            ))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::block_on;

    #[test]
    fn a_next_link_of_a_templated_path_is_a_page_of_it() {
        let base = "https://acme.api.kustomerapp.com/v1";
        let path = "/customers/{id}/conversations";
        let next = next_link(
            base,
            Some("/v1/customers/5d2f8e3e/conversations?page=2"),
            path,
            &["page"],
        );
        assert_eq!(next.unwrap(), Some(vec![("page".into(), "2".into())]));
        for other in [
            "/v1/customers/5d2f8e3e/messages?page=2",
            "/v1/customers//conversations?page=2",
            "/v1/customers/5d2f8e3e/conversations/x?page=2",
        ] {
            assert!(
                next_link(base, Some(other), path, &["page"]).is_err(),
                "{other}"
            );
        }
        let lookup = "/klasses/{name}/externalId={externalId}";
        assert!(path_matches(
            "/v1/klasses/{name}/externalId={externalId}",
            "/v1/klasses/car/externalId=a1"
        ));
        assert!(!path_matches(
            "/v1/klasses/{name}/externalId={externalId}",
            "/v1/klasses/car/externalId="
        ));
        assert!(!path_matches(lookup, "/klasses/car/external=a1"));
    }

    #[derive(Debug)]
    enum E {
        P(PaginationError),
    }
    impl From<PaginationError> for E {
        fn from(p: PaginationError) -> Self {
            E::P(p)
        }
    }

    fn pages(
        data: Vec<(Vec<u32>, Option<&'static str>)>,
    ) -> impl FnMut(Option<&'static str>) -> std::future::Ready<Result<Page<u32, &'static str>, E>>
    {
        let mut i = 0;
        move |_| {
            let (items, next) = data[i].clone();
            i += 1;
            std::future::ready(Ok(Page { items, next }))
        }
    }

    #[test]
    fn walks_all_pages_once() {
        let s = paginate(
            Limits::default(),
            pages(vec![
                (vec![1, 2], Some("a")),
                (vec![3], Some("b")),
                (vec![4], None),
            ]),
        );
        let got: Vec<u32> = block_on(s.try_collect()).unwrap();
        assert_eq!(got, vec![1, 2, 3, 4]);
    }

    #[test]
    fn stops_fetching_at_max_items() {
        let mut calls = 0;
        let s = paginate(
            Limits {
                max_items: Some(2),
                max_pages: None,
            },
            |_c: Option<u32>| {
                calls += 1;
                std::future::ready(Ok::<_, E>(Page {
                    items: vec![1, 2],
                    next: Some(calls),
                }))
            },
        );
        let got: Vec<u32> = block_on(s.try_collect()).unwrap();
        assert_eq!(got, vec![1, 2]);
        assert_eq!(calls, 1);
    }

    #[test]
    fn repeated_cursor_is_an_error() {
        let s = paginate(
            Limits::default(),
            pages(vec![(vec![1], Some("a")), (vec![2], Some("a"))]),
        );
        let got: Result<Vec<u32>, E> = block_on(s.try_collect());
        assert!(matches!(got, Err(E::P(p)) if p.message().contains("\"a\"")));
    }

    #[test]
    fn page_cap_is_an_error_not_truncation() {
        let s = paginate(
            Limits {
                max_items: None,
                max_pages: Some(2),
            },
            pages(vec![
                (vec![1], Some("a")),
                (vec![2], Some("b")),
                (vec![3], None),
            ]),
        );
        let got: Vec<Result<u32, E>> = block_on(s.collect());
        assert!(matches!(got[0], Ok(1)));
        assert!(matches!(got[1], Ok(2)));
        assert!(matches!(&got[2], Err(E::P(p)) if p.message().contains("at most 2 pages")));
    }

    #[test]
    fn next_links() {
        let base = "http://127.0.0.1:9/v1";
        let p = &["page", "pageSize"];
        assert_eq!(next_link(base, None, "/customers", p).unwrap(), None);
        assert_eq!(next_link(base, Some(""), "/customers", p).unwrap(), None);
        let got = next_link(
            base,
            Some("/v1/customers?page=2&pageSize=100"),
            "/customers",
            p,
        )
        .unwrap()
        .unwrap();
        assert_eq!(link_param::<u64>(&got, "page").unwrap(), Some(2));
        assert_eq!(link_param::<u64>(&got, "pageSize").unwrap(), Some(100));
        // Relative to the base URL when it does not repeat its path.
        assert!(
            next_link(base, Some("/customers?page=2"), "/customers", p)
                .unwrap()
                .is_some()
        );
        // A base path prefix is kept.
        let proxied = "http://127.0.0.1:9/kustomer/v1";
        assert!(
            next_link(proxied, Some("/v1/customers?page=3"), "/customers", p)
                .unwrap()
                .is_some()
        );
        let abs = next_link(
            base,
            Some("http://127.0.0.1:9/v1/customers?page=4"),
            "/customers",
            p,
        );
        assert!(abs.unwrap().is_some());
        for (bad, says) in [
            ("http://evil.example/v1/customers?page=2", "another host"),
            ("/v1/companies?page=2", "not a page of /customers"),
            ("/v1/customers?page=2&sort=x", "carries `sort`"),
        ] {
            let e = next_link(base, Some(bad), "/customers", p).unwrap_err();
            assert!(e.message().contains(says), "{bad}: {}", e.message());
        }
        let e = link_param::<u64>(&[("page".into(), "x".into())], "page").unwrap_err();
        assert!(e.message().contains("`x`"));
    }
}
