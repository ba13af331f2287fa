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

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::block_on;

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
}
