"""The dashboard `lhh browse` opens on: a datasette-dashboards configuration (charts as
SQL queries and Vega-Lite specs) for one archive; builds configuration, never serves.

The charts answer an archivist's first questions: how many articles each site published
per month, how the last nights went (ok / down / failed, requests, new / updated / gone),
how complete each site is (crawler/coverage.py's newest estimate and its evidence), and
the newest articles, with the same folded search as `lhh search`. Every query is an
indexed aggregate or a LIMITed lookup, so a page stays quick on a large archive.
"""

from __future__ import annotations

SLUG = "archive"  # /-/dashboards/archive

# Vega-Lite renders SVG (its numbers are text a test or a screen reader can read) and
# without the export menu, which would offer to fetch the online Vega editor.
_EMBED = {"usermeta": {"embedOptions": {"renderer": "svg", "actions": False}}}
_STATUS_COLOURS = {"domain": ["ok", "down", "failed", "stopped", "interrupted", "running"],
                   "range": ["#2e9d5b", "#d1493f", "#e0a526", "#9aa3af", "#b07cc6", "#6baed6"]}

_SITE = "[[ and site = :site ]]"
# The search box folds đ/Đ and quotes each word, as `lhh search` and the canned query do.
_MATCH = ("[[ and a.id in (select rowid from articles_fts where articles_fts match"
          " '\"' || replace(replace(replace(replace(trim(:q), '\"', '\"\"'), 'đ', 'd'),"
          " 'Đ', 'D'), ' ', '\" \"') || '\"') ]]")


def _escape(sql: str) -> str:
    """SQL turning a text column into HTML-safe text (the table chart sets innerHTML)."""
    return f"replace(replace(replace({sql}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')"


def config(db: str) -> dict:
    """The datasette-dashboards plugin configuration for the database called `db`."""
    charts = {
        "articles": {
            "title": "Articles archived", "db": db, "library": "metric",
            "query": f"select count(*) as n from articles where gone = 0 {_SITE}",
            "display": {"field": "n"},
        },
        "sites": {
            "title": "Sites", "db": db, "library": "metric",
            "query": "select count(*) as n from sites where true [[ and id = :site ]]",
            "display": {"field": "n"},
        },
        "last_night": {
            "title": "New articles, last night", "db": db, "library": "metric",
            "query": "select coalesce(sum(articles_new), 0) as n from crawl_runs r"
                     " where r.id = (select max(id) from crawl_runs where site = r.site)"
                     f" {_SITE}",
            "display": {"field": "n"},
        },
        "coverage_all": {
            "title": "Coverage (archived / estimated)", "db": db, "library": "metric",
            "query": "select coalesce(round(100.0 * sum(archived) / sum(estimate)), '-')"
                     f" as pct from coverage_latest where true {_SITE}",
            "display": {"field": "pct", "suffix": " %"},
        },
        "per_month": {
            "title": "Articles per month per site (last 24 months)", "db": db,
            "library": "vega-lite",
            "query": "select substr(published, 1, 7) as month, site, count(*) as articles"
                     " from articles where published >= (select date(max(published),"
                     " 'start of month', '-23 months') from articles)"
                     f" {_SITE} group by month, site order by month",
            "display": {
                **_EMBED, "height": 240,
                "mark": {"type": "bar", "tooltip": True},
                "encoding": {
                    "x": {"field": "month", "type": "ordinal", "title": None},
                    "y": {"field": "articles", "type": "quantitative", "aggregate": "sum",
                          "title": "articles"},
                    "color": {"field": "site", "type": "nominal"},
                },
            },
        },
        "nights": {
            "title": "Last nights per site (colour: status; number: new articles)",
            "db": db, "library": "vega-lite",
            "query": "select site, date(started_at, '+7 hours') as night, status,"
                     " pages_fetched as requests, articles_new as new,"
                     " articles_updated as updated, articles_gone as gone, errors"
                     " from crawl_runs where started_at >= (select datetime(max(started_at),"
                     f" '-14 days') from crawl_runs) {_SITE} order by started_at",
            "display": {
                **_EMBED, "height": {"step": 22},
                "encoding": {
                    "x": {"field": "night", "type": "ordinal", "title": None},
                    "y": {"field": "site", "type": "nominal", "title": None},
                },
                "layer": [
                    {"mark": {"type": "rect", "tooltip": {"content": "data"}},
                     "encoding": {"color": {"field": "status", "type": "nominal",
                                            "scale": _STATUS_COLOURS,
                                            # under the chart: a few sites leave no room beside
                                            "legend": {"orient": "bottom",
                                                       "direction": "horizontal"}}}},
                    {"mark": {"type": "text", "color": "white"},
                     "encoding": {"text": {"field": "new", "type": "quantitative"}}},
                ],
            },
        },
        "coverage": {
            "title": "Coverage per site: archived / estimated articles", "db": db,
            "library": "vega-lite",
            "query": "select site, archived, estimate, low, high,"
                     " round(100.0 * coverage, 1) as coverage from coverage_latest"
                     f" where true {_SITE} order by coverage",
            "display": {
                **_EMBED, "height": {"step": 22},
                "transform": [{"calculate": "datum.archived + ' of ~' + datum.estimate",
                               "as": "label"}],
                "encoding": {
                    "y": {"field": "site", "type": "nominal", "sort": "x", "title": None},
                    "x": {"field": "coverage", "type": "quantitative", "title": "coverage %",
                          "scale": {"domain": [0, 100]}},
                },
                "layer": [
                    {"mark": {"type": "bar", "tooltip": {"content": "data"}},
                     "encoding": {"color": {"value": "#3b7dd8"}}},
                    {"mark": {"type": "text", "align": "left", "dx": 4},
                     "encoding": {"text": {"field": "label"}, "x": {"datum": 0}}},
                ],
            },
        },
        "last_runs": {
            "title": "Last night per site", "db": db, "library": "table",
            "query": "select site, case status when 'ok' then 'ok' else '<b style=\"color:"
                     "#c0392b\">' || status || '</b>' end as status, pages_fetched as"
                     " requests, articles_new as new, articles_updated as updated,"
                     " articles_gone as gone, errors, substr(datetime(started_at,"
                     " '+7 hours'), 1, 16) as started from crawl_runs r where r.id ="
                     f" (select max(id) from crawl_runs where site = r.site) {_SITE}"
                     " order by site",
        },
        "evidence": {
            "title": "Coverage evidence (each site's own sitemaps, pagers, totals, ids)",
            "db": db, "library": "table",
            "query": "select site, archived, case when high is null then '≥ ' || low"
                     " when high = low then '~' || low else low || '–' || high end"
                     " as estimated, round(100.0 * coverage) || ' %' as coverage,"
                     " (select group_concat('<b>' || json_extract(value, '$.source')"
                     " || '</b>: ' || " + _escape("json_extract(value, '$.detail')") +
                     ", '<br>') from json_each(evidence) where json_extract(value,"
                     " '$.source') != 'archive') as evidence from coverage_latest"
                     f" where true {_SITE} order by site",
        },
        "newest": {
            "title": "Newest articles (type words in Search: accents and đ optional)",
            "db": db, "library": "table",
            "query": "select substr(a.published, 1, 10) as published, a.site,"
                     " '<a href=\"' || replace(a.url, '\"', '%22') || '\">' || "
                     + _escape("coalesce(a.title, a.url)") + " || '</a>' as title"
                     " from articles a where a.gone = 0 [[ and a.site = :site ]] "
                     + _MATCH + " order by a.published desc limit 50",
        },
    }
    return {
        SLUG: {
            "title": "lhh-archive",
            "description": "What the archive holds per site, how the last nights went and"
                           " how complete each site is. Tables: /" + db + " (column"
                           " descriptions under each table's results).",
            "filters": {
                "site": {"name": "Site", "type": "select", "db": db,
                         "query": "select id from sites order by id"},
                "q": {"name": "Search", "type": "text"},
            },
            "layout": [
                ["articles", "sites", "last_night", "coverage_all"],
                ["per_month", "per_month", "per_month", "per_month"],
                ["nights", "nights", "coverage", "coverage"],
                ["last_runs", "last_runs", "evidence", "evidence"],
                ["newest", "newest", "newest", "newest"],
            ],
            "charts": charts,
        }
    }
