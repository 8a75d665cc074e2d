"""Calls for projects and events on real labelled pages: detection precision and recall,
and the share of deadlines and event dates read exactly.

    python bench/opportunities_labelled.py [--pages FILE] [--part BATCH|all|kept] [--show]
                                           [--background N] [--folds K] [--curve]

The labels (kind and date as each text states them) are in bench/data/opportunity-pages.tsv;
the texts are not in the repository (they belong to their publishers): --pages names a
JSONL file of {url, title, text} kept beside the checkout, ../realdata/ by default, made
from the stored public pages corpus (see docs/benchmarks.md). Each label says its batch:
the pages were searched in batches (``LAST_BATCH``), each held out once, most then tuned on;
batches 9, 13, 14, 17, 26, 36, 47, 59, 77, 93, 111, 135, 149, 167, 169, 186, 187, 196, 197, 203,
204, 206, 207, 236 to 243, 281 to 292, 308 to 316, 318, 325, 333, 337, 338, 342, 343, 346,
347, 351, 356, 361, 366, 371, 376, 379, 380, 381, 386, 391, 395, 396, 401, 406, 411, 416, 421,
426, 431, 434 to 444, 446, 451, 456, 461, 466, 471, 475, 476, 478, 483, 488, 493, 498, 503, 508,
511, 512, 514, 519, 524, 528, 529, 531, 536, 540, 541, 546, 547, 548, 550, 555, 560, 565, 570,
571, 572, 575, 580, 585, 590, 591, 592, 595, 597, 598, 600, 605, 610, 615, 619, 620, 625, 626,
627, 630, 635, 640, 645, 646, 647, 650, 655, 660, 665, 666, 667, 670, 675, 680, 685, 690, 695,
698, 699, 700, 705, 710, 715, 720, 725, 726, 727, 730, 735, 740, 745, 750, 754, 755, 760, 765,
770, 775, 776, 777, 780, 785, 790, 795, 798, 799, 802, 807, 808, 809, 810, 815, 818, 819, 822,
827, 828, 829, 832, 837, 838, 839, 842, 847, 848, 849, 852, 857, 858, 859, 862, 867, 868, 869,
872, 877, 878, 879, 882, 887, 888, 889, 892, 897, 898, 899, 902, 907, 908, 909, 912, 917, 918,
919, 922, 927, 928, 929, 932, 937, 938, 939, 942, 947, 948, 949, 952, 957, 958, 959, 962, 967, 968,
969, 972, 977, 978, 979, 982, 987, 988, 989, 992, 997, 998, 999, 1002, 1007, 1008, 1009, 1012,
1017, 1018, 1019, 1022, 1027, 1028, 1029, 1032, 1037, 1038, 1039, 1042, 1047, 1048, 1049, 1052,
1057, 1058, 1059, 1062, 1067, 1068, 1069, 1072, 1077, 1078, 1079, 1082, 1087, 1088, 1089, 1092,
1097, 1098, 1099, 1102, 1107, 1108, 1109, 1112, 1117, 1118, 1119, 1122, 1127, 1128, 1129, 1132,
1137, 1138, 1139, 1142, 1147, 1148, 1149, 1152, 1157, 1158, 1159, 1162, 1167, 1168, 1169, 1172,
1177, 1178, 1179, 1182, 1187, 1188, 1189, 1192, 1197, 1198, 1199, 1202, 1207, 1208, 1209, 1212,
1217, 1218, 1219, 1222, 1227, 1228, 1229, 1232, 1237, 1238, 1239, 1242, 1247, 1248, 1249, 1252,
1257, 1258, 1259, 1262, 1267, 1268, 1269, 1272, 1277, 1278, 1279, 1282, 1287, 1288, 1289, 1292,
1297, 1298, 1299, 1302, 1305, 1306, 1307, 1310, 1313, 1314, 1315, 1318, 1319, 1322, 1323, 1326,
1329, 1330, 1331, 1334, 1337, 1338, 1339, 1342, 1343, 1346, 1347, 1350, 1351, 1354, 1355, 1358,
1359, 1362 and 1363 were never tuned on (nor were 193, 194, 195 and 200, whose errors were shown).
A batch whose texts are not in the file is said and left out. --show prints the errors on the
batches tuned on only.

Each page is read three ways: « summary », the title and the text's first 1,000 characters
as an item's summary (how batches 1 to 4 were measured); « page », as the agenda reads a
page the collector fetched: the first 400 characters as its summary and the whole text
as the page's text (``body``); « learnt », the same plus what a model trained on the
other batches' pages (or, with --folds, the other folds') reads in the items the rules
find nothing in; the model also learns from 100 unread items of the real stream as an
installation does from its own (--background). Dates are also counted on the pages that
give their publication date (the others are read as published on 1 January 2020).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from dataclasses import astuple, dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from background import stream_background  # noqa: E402
from labelled_pages import read_pages  # noqa: E402

from veille.analyse.agenda_model import (  # noqa: E402
    BACKGROUND,
    AgendaModel,
    Example,
    document,
    learnt,
)
from veille.analyse.opportunities import (  # noqa: E402
    LEAD_CHARS,
    Opportunity,
    declared,
    detect,
)

LABELS = ROOT / "bench" / "data" / "opportunity-pages.tsv"
PAGES = ROOT.parent / "realdata" / "opportunity-pages.jsonl"
LAST_BATCH = 1627  # the labels' batches: the three tuning sets, the held-out set, batch5 to this
PARTS = ("tune", "tune2", "tune3", "held-out", *(f"batch{n}" for n in range(5, LAST_BATCH + 1)))
SUMMARY_CHARS = 400  # what the collector keeps as a fetched page's summary
# batches whose errors --show does not print (kept out of tuning)
UNSHOWN = tuple(
    f"batch{n}"
    for n in (
        *(9, 13, 14, 16, 17, 26, 36, 47, 59, 77, 93, 111, 135, 149, 167, 169, 186, 187),
        *(196, 197, 203, 204, 206, 207, *range(236, 244), *range(281, 293), *range(308, 317)),
        *(318, 325, 333, 337, 338, 342, 343, 346, 347, 351, 356, 361, 366, 371, 376, 379, 380),
        *(381, 386, 391, 395, 396, 401, 406, 411, 416, 421, 426, 431, *range(434, 445)),
        *(446, 451, 456, 461, 466, 471, 475, 476),
        *(478, 483, 488, 493, 498, 503, 508, 511, 512),
        *(514, 519, 524, 528, 529),
        *(531, 536, 540, 541, 546, 547, 548, 550, 555, 560, 565, 570, 571, 572, 575, 580, 585),
        *(590, 591, 592, 595, 597, 598, 600, 605, 610, 615, 619, 620, 625, 626, 627, 630, 635),
        *(640, 645, 646, 647, 650, 655, 660, 665, 666, 667, 670, 675, 680, 685, 690, 695, 698),
        *(699, 700, 705, 710, 715, 720, 725, 726, 727, 730, 735, 740, 745, 750, 754, 755, 760),
        *(765, 770, 775, 776, 777, 780, 785, 790, 795, 798, 799, 802, 807, 808, 809, 810, 815),
        *(818, 819, 822, 827, 828, 829, 832, 837, 838, 839, 842, 847, 848, 849, 852, 857, 858),
        *(859, 862, 867, 868, 869, 872, 877, 878, 879, 882, 887, 888, 889, 892, 897, 898, 899),
        *(902, 907, 908, 909, 912, 917, 918, 919, 922, 927, 928, 929, 932, 937, 938, 939, 942),
        *(947, 948, 949, 952, 957, 958, 959, 962, 967, 968, 969, 972, 977, 978, 979, 982, 987),
        *(988, 989, 992, 997, 998, 999, 1002, 1007, 1008, 1009, 1012, 1017, 1018, 1019, 1022),
        *(1027, 1028, 1029, 1032, 1037, 1038, 1039, 1042, 1047, 1048, 1049, 1052, 1057, 1058),
        *(1059, 1062, 1067, 1068, 1069, 1072, 1077, 1078, 1079, 1082, 1087, 1088, 1089, 1092),
        *(1097, 1098, 1099, 1102, 1107, 1108, 1109, 1112, 1117, 1118, 1119, 1122, 1127, 1128),
        *(1129, 1132, 1137, 1138, 1139, 1142, 1147, 1148, 1149, 1152, 1157, 1158, 1159, 1162),
        *(1167, 1168, 1169, 1172, 1177, 1178, 1179, 1182, 1187, 1188, 1189, 1192, 1197, 1198),
        *(1199, 1202, 1207, 1208, 1209, 1212, 1217, 1218, 1219, 1222, 1227, 1228, 1229, 1232),
        *(1237, 1238, 1239, 1242, 1247, 1248, 1249, 1252, 1257, 1258, 1259, 1262, 1267, 1268),
        *(1269, 1272, 1277, 1278, 1279, 1282, 1287, 1288, 1289, 1292, 1297, 1298, 1299, 1302),
        *(1305, 1306, 1307, 1310, 1313, 1314, 1315, 1318, 1319, 1322, 1323, 1326, 1329, 1330),
        *(1331, 1334, 1337, 1338, 1339, 1342, 1343, 1346, 1347, 1350, 1351, 1354, 1355, 1358),
        *(1359, 1362, 1363, 1366, 1367, 1370, 1371, 1374, 1375, 1378, 1379, 1382, 1383),
        *(1386, 1387, 1390, 1391, 1394, 1395, 1398, 1399, 1402, 1403, 1406, 1407, 1410, 1411),
        *(1414, 1415, 1418, 1419, 1422, 1423, 1426, 1427, 1430, 1431),
        *(1434, 1435, 1438, 1439, 1442, 1443, 1446, 1447, 1450, 1451, 1454, 1455, 1458),
        *(1459, 1462, 1463, 1466, 1467, 1470, 1471),
        *(1474, 1475, 1478, 1479, 1482, 1483, 1486, 1487, 1490, 1491, 1494, 1495),
        *(1498, 1499, 1502, 1503, 1506, 1507, 1510, 1511),
        *(1514, 1515, 1518, 1519, 1522, 1523, 1526, 1527, 1530, 1531, 1534, 1535),
        *(1538, 1539, 1542, 1543),
        *(1546, 1547, 1550, 1551, 1554, 1555, 1558, 1559, 1562, 1563),
        *(1566, 1567, 1570, 1571, 1574, 1575, 1578, 1579, 1582, 1583, 1586),
        *(1587, 1590, 1591, 1594, 1595),
        *(1598, 1599, 1602, 1603, 1606, 1607, 1610, 1611, 1614, 1615),
        *(1618, 1619, 1622, 1623, 1626, 1627),
    )
)
# a site's section of calls or events, by its address: « /appels-a-projets/ », « /agenda/ »…
SECTION = re.compile(
    r"/(?:appels?-a-projets?|appels-projets|aap|offres?|aides?|opportunites?|agenda|"
    r"evenements?|events?|calls?-for-proposals|funding-tenders|webinaires?|webinars?|salons?)/",
    re.IGNORECASE,
)


@dataclass
class Label:
    url: str
    kind: str  # call, event, none
    day: str  # YYYY-MM-DD, --MM-DD (no year in the text) or ""
    published: date  # 2020-01-01 when the page does not give it
    part: str  # tune or held-out
    known: bool = True  # the page gives its publication date (a collected item has one)


def labels(path: Path) -> list[Label]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        url, kind, day, published, part = line.split("\t")
        when = date.fromisoformat(published or "2020-01-01")
        rows.append(Label(url, kind, day, when, part, bool(published)))
    return rows


def same_day(found: date | None, truth: str) -> bool:
    if found is None or not truth:
        return False
    if truth.startswith("--"):
        return found.strftime("--%m-%d") == truth
    return found.isoformat() == truth


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default=str(PAGES), help="JSONL of {url, title, text}")
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument(
        "--part",
        choices=(*PARTS, "all", "kept"),
        default="all",
        metavar="PART",
        help=f"one batch (tune, tune2, tune3, held-out, batch5 … batch{LAST_BATCH}), all, or kept "
        "(the batches kept aside, pooled: their errors are never shown)",
    )
    parser.add_argument("--show", action="store_true", help="print the tuning batches' errors")
    parser.add_argument(
        "--background",
        type=int,
        default=BACKGROUND,
        help="unread items of the real stream the model also learns from as neither "
        f"(default {BACKGROUND}, as an installation; 0: the readings alone)",
    )
    parser.add_argument(
        "--folds",
        type=int,
        default=0,
        help="the learnt reading by K-fold cross-validation over every page with its text, "
        "not batch by batch (when the other batches' texts are missing)",
    )
    parser.add_argument(
        "--curve",
        action="store_true",
        help="how the learnt agenda grows with the pages read (batches 10 to 13, 5 draws each)",
    )
    args = parser.parse_args()
    all_labels = labels(Path(args.labels))
    listed = [x for x in all_labels if SECTION.search(x.url)]
    print(
        f"pages in a calls or events section of their site (a source that could declare "
        f"« announces »): {len(listed)} of {len(all_labels)}, "
        f"{sum(x.kind != 'none' for x in listed)} of them calls or events"
    )
    pages_path = Path(args.pages)
    pages = read_pages(pages_path)
    if pages is None:
        return 2
    parts = PARTS if args.part == "all" else UNSHOWN if args.part == "kept" else (args.part,)
    have = [x for x in all_labels if x.url in pages]
    background = stream_background(size=args.background)
    if args.curve:
        return curve(have, pages, background)
    if args.folds:
        return folds(have, pages, background, args.folds)
    pooled: dict[str, Counts] = {}
    for part in parts:
        labelled = [x for x in all_labels if x.part == part]
        rows = [x for x in labelled if x.url in pages]
        if len(rows) < len(labelled):
            print(f"{part:9} {len(rows)} of {len(labelled)} labelled texts in {pages_path}")
        if not rows:
            continue
        # what an installation whose partners had read every other batch's pages learns
        model = AgendaModel.train(
            [example(x, pages[x.url]) for x in have if x.part != part], background
        )
        for reading in ("summary", "page", "learnt"):
            counts = measure(part, reading, rows, pages, args.show, model)
            pooled[reading] = pooled.get(reading, Counts()) + counts
    if len(parts) > 1:
        for reading, counts in pooled.items():
            counts.print(args.part, reading)
    rows = [x for x in have if x.part in parts and x.day]
    right = [x for x in rows if same_day(given_kind(x, pages[x.url]), x.day)]
    known = [x for x in rows if x.known]
    print(
        f"dates read exactly when the kind is given (an item of a declared source): "
        f"{len(right)}/{len(rows)} = {len(right) / len(rows) if rows else 0:.3f}; where the "
        f"page gives its publication date, as a collected item has one: "
        f"{sum(x.known for x in right)}/{len(known)}"
    )
    return 0


def given_kind(x: Label, page: dict[str, str]) -> date | None:
    """The date read for a page whose kind is known (``declared``, as for an item of a source
    declared to announce calls or events)."""
    text = page["text"]
    found = declared(x.kind, page["title"], text[:SUMMARY_CHARS], x.published, text)
    return found.day if found else None


CURVE_TESTS = ("batch10", "batch11", "batch12", "batch13")


def folds(
    have: list[Label], pages: dict[str, dict[str, str]], background: list[Example], k: int
) -> int:
    """Every page read by a model trained on the other folds' pages (the same folds every
    run: pages ordered by a hash of their address)."""
    order = sorted(have, key=lambda x: hashlib.sha1(x.url.encode()).hexdigest())
    pooled = Counts()
    for fold in range(k):
        test = order[fold::k]
        train = [x for x in order if x not in test]
        model = AgendaModel.train([example(x, pages[x.url]) for x in train], background)
        pooled = pooled + measure(f"fold{fold}", "learnt", test, pages, False, model, True)
    pooled.print(f"{k} folds", "learnt")
    return 0


def curve(have: list[Label], pages: dict[str, dict[str, str]], background: list[Example]) -> int:
    """The learnt agenda on batches 10 to 13 (each with a model trained on pages of the
    other batches) as the number of pages partners read grows: 5 random draws a size."""
    rng = random.Random(12)
    for size in (20, 50, 100, 150, 0):
        pooled = Counts()
        for part in CURVE_TESTS:
            test = [x for x in have if x.part == part]
            pool = [x for x in have if x.part != part]
            for _ in range(5 if size else 1):
                drawn = rng.sample(pool, size) if size else pool
                model = AgendaModel.train([example(x, pages[x.url]) for x in drawn], background)
                pooled = pooled + measure(part, "learnt", test, pages, False, model, quiet=True)
        pooled.print(f"read {size or 'all'}", "learnt")
    return 0


def example(x: Label, page: dict[str, str]) -> Example:
    """A labelled page as the agenda learns from an item a person read: its title, the
    collector's summary and the page's lead."""
    text = page["text"]
    return Example(page["title"], f"{text[:SUMMARY_CHARS]} {text[:LEAD_CHARS]}", x.kind)


def read(
    page: dict[str, str], published: date, reading: str, model: AgendaModel | None
) -> Opportunity | None:
    if reading == "summary":
        return detect(page["title"], page["text"][:1000], published)
    title, summary, text = page["title"], page["text"][:SUMMARY_CHARS], page["text"]
    found = detect(title, summary, published, body=text)
    if found is None and reading == "learnt" and model is not None:
        ((kind, confidence),) = model.kinds([document(title, summary, text)])
        found = learnt(kind, confidence, title, summary, published, text)
    return found


@dataclass
class Counts:
    pages: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    same_kind: int = 0
    dated: int = 0
    exact: int = 0
    spurious: int = 0
    dated_known: int = 0  # dated pages whose publication date is known
    exact_known: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    def print(self, part: str, reading: str) -> None:
        tp, fp, fn, dated = self.tp, self.fp, self.fn, self.dated
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        print(
            f"{part:9} {reading:7} {self.pages:3} real pages ({tp + fn} calls or events): "
            f"precision {precision:.3f} ({tp}/{tp + fp}), recall {recall:.3f} (targets 0.9), "
            f"kind right {self.same_kind}/{tp}; dates read exactly {self.exact}/{dated} "
            f"= {self.exact / dated if dated else 0:.3f} (target 0.9); "
            f"a date read where the text states none: {self.spurious}; dates read exactly "
            f"where the publication date is known {self.exact_known}/{self.dated_known}"
        )


def measure(
    part: str,
    reading: str,
    rows: list[Label],
    pages: dict[str, dict[str, str]],
    show: bool,
    model: AgendaModel | None,
    quiet: bool = False,
) -> Counts:
    c = Counts(pages=len(rows))
    for x in rows:
        found = read(pages[x.url], x.published, reading, model)
        truth = x.kind != "none"
        if found and truth:
            c.tp += 1
            c.same_kind += found.kind == x.kind
        c.fp += bool(found and not truth)
        c.fn += bool(truth and not found)
        if x.day:
            c.dated += 1
            exact = same_day(found.day if found else None, x.day)
            c.exact += exact
            c.dated_known += x.known
            c.exact_known += exact and x.known
        elif found and found.day is not None and truth:
            c.spurious += 1
        wrong = (bool(found) != truth) or (x.day and not same_day(found and found.day, x.day))
        if show and part not in UNSHOWN and wrong:
            said = f"{found.kind} {found.day}" if found else "nothing"
            print(f"  truth {x.kind} {x.day or '-'}, read {said}: {x.url[:90]}")
    if quiet:
        return c
    if reading == "learnt" and model is None:
        print(f"{part:9} learnt  too few pages read in the other batches to learn from")
        return c
    c.print(part, reading)
    return c


if __name__ == "__main__":
    raise SystemExit(main())
