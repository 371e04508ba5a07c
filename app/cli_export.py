"""``python -m app export …`` and ``python -m app import clients …``: the same exports and import as
the window, headless. Each export checks consent, writes atomically and is logged like in the UI.

They act as a user, who signs in with their password: asked for on a terminal, or taken from
``$ATAMA_PASSWORD`` in a script. A wrong one ends the command with exit code 2 (and a failed
sign-in in the access log). A case that is not the user's own needs ``--reason``, as in the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli_session import PASSWORD_ENV, open_signed_in
from app.models.errors import NotFound, RuleError, ValidationError
from app.models.recipients import Document, MeetingDocument, RecipientKey, for_document

EXAMPLES = """exempel:
  python -m app export plan --case 2026-0012 --for af --out plan.pdf
  python -m app export plan --case 2026-0012 --easy-read --out plan-lattlast.pdf
  python -m app export finsam --from 2026-01-01 --to 2026-12-31 --out finsam.xlsx
  python -m app export log-extract --client 19121212-1212 --out loggutdrag.pdf
  python -m app export invitation --meeting 7 --out kallelse.pdf   (eller kallelse.ics för kalendern)
  python -m app export meeting-record --meeting 7 --easy-read --out mote.pdf
  python -m app import clients klienter.xlsx --dry-run

lösenordet: frågas efter i en terminal, eller ATAMA_PASSWORD=… i ett skript"""



def _common(parser: argparse.ArgumentParser, db_arg, out: bool = True) -> None:
    db_arg(parser)
    parser.add_argument("--user", default=None,
                        help="användarens id eller namn som står som skapare (standard: den som senast loggade "
                             "in i programmet, annars den enda användaren); lösenordet frågas efter, eller tas "
                             f"från ${PASSWORD_ENV}")
    if out:
        parser.add_argument("--out", type=Path, required=True, help="filen som skapas (ersätts helt, eller inte alls)")


def _reason_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reason", default="",
                        help="skäl att öppna ett ärende som inte är ditt (t.ex. \"Jag täcker upp för en kollega\"); "
                             "loggas och granskas")


def _for_arg(parser: argparse.ArgumentParser, document: str, default: RecipientKey) -> None:
    """``--for``: the recipients table's keys for ``document``, and which of them need a consent."""
    keys = [r.key.value for r in for_document(document)]
    consent = ", ".join(r.key for r in for_document(document) if r.needs_consent)
    parser.add_argument("--for", dest="audience", choices=keys, default=default.value,
                        help=f"mottagare; {consent} kräver ett giltigt samtycke (standard: {default})")


def add_parsers(sub, db_arg) -> None:
    export = sub.add_parser("export", help="skapa PDF- och Excel-dokument (samma som i programmet)",
                            epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    kinds = export.add_subparsers(dest="document", required=True, metavar="DOKUMENT")

    plan = kinds.add_parser("plan", help="utvecklingsplan (PDF) för klienten eller, med samtycke, en annan mottagare")
    _common(plan, db_arg)
    plan.add_argument("--case", required=True, help="ärendenummer (t.ex. 2026-0012) eller ärendets id")
    _for_arg(plan, Document.PLAN, RecipientKey.CLIENT)
    _reason_arg(plan)
    plan.add_argument("--version", type=int, default=None, help="planversion (standard: gällande)")
    plan.add_argument("--easy-read", "--lattlast", dest="easy_read", action="store_true",
                      help="klientens plan på lättläst svenska: korta meningar, ett delmål per sida, stor text "
                           "(bara med --for klient)")

    report = kinds.add_parser("report", help="bedömningsrapport / utlåtande om arbetsförmåga (PDF)")
    _common(report, db_arg)
    report.add_argument("--case", required=True, help="ärendenummer eller id")
    _for_arg(report, Document.REPORT, RecipientKey.AF)
    _reason_arg(report)

    record = kinds.add_parser("record", help="journalkopia av hela ärendet till klienten (PDF)")
    _common(record, db_arg)
    record.add_argument("--case", required=True, help="ärendenummer eller id")
    _reason_arg(record)

    invitation = kinds.add_parser("invitation", help="kallelse till ett samverkansmöte: PDF, eller .ics för kalendern")
    _common(invitation, db_arg)
    invitation.add_argument("--meeting", type=int, required=True, help="mötets nummer")
    _for_arg(invitation, MeetingDocument.INVITATION, RecipientKey.CLIENT)
    _reason_arg(invitation)

    meeting_record = kinds.add_parser("meeting-record", help="klientens anteckningar från ett genomfört möte (PDF)")
    _common(meeting_record, db_arg)
    meeting_record.add_argument("--meeting", type=int, required=True, help="mötets nummer")
    meeting_record.add_argument("--easy-read", "--lattlast", dest="easy_read", action="store_true",
                                help="på lättläst svenska: korta meningar, stor text, datum i ord")
    _reason_arg(meeting_record)

    extract = kinds.add_parser("log-extract", help="loggutdrag för en klient: vem som öppnat journalen och när (PDF)")
    _common(extract, db_arg)
    extract.add_argument("--client", required=True, metavar="PNR",
                         help="klientens personnummer eller samordningsnummer (valfri skrivform)")
    erasure = kinds.add_parser("erasure-letter", help="svar på en klients begäran om radering (PDF; raderar inget)")
    _common(erasure, db_arg)
    erasure.add_argument("--request", type=int, required=True, help="begärans nummer (registrerad i programmet)")

    forms = kinds.add_parser("forms", help="tom blankett för ett instrument, för papper (PDF)")
    _common(forms, db_arg)
    forms.add_argument("--instrument", required=True, help="instrumentets id, t.ex. weis-s (se: instruments)")
    forms.add_argument("--version", default=None, help="instrumentversion (standard: senaste)")

    info = kinds.add_parser("info-sheet", help="informationsblad om ATAMA till klienten (PDF)")
    _common(info, db_arg)

    caseload = kinds.add_parser("caseload", help="ärendelista (Excel)")
    _common(caseload, db_arg)
    caseload.add_argument("--mine", action="store_true", help="bara användarens egna ärenden")
    caseload.add_argument("--active", action="store_true", help="bara aktiva ärenden")

    finsam = kinds.add_parser("finsam", aliases=["sus"],  # SUS was replaced by Uppföljning Finsam
                              help="Uppföljning Finsam till samordningsförbundet för en period (Excel; "
                                   "ersätter SUS, som också går att skriva)")
    _common(finsam, db_arg)
    finsam.add_argument("--from", dest="period_from", required=True, help="periodens första dag, ÅÅÅÅ-MM-DD")
    finsam.add_argument("--to", dest="period_to", required=True, help="periodens sista dag, ÅÅÅÅ-MM-DD")

    interventions = kinds.add_parser("interventions", help="insatser per modell och typ, tid, kön (Excel)")
    _common(interventions, db_arg)
    interventions.add_argument("--from", dest="period_from", default=None, help="första dag, ÅÅÅÅ-MM-DD")
    interventions.add_argument("--to", dest="period_to", default=None, help="sista dag, ÅÅÅÅ-MM-DD")

    data = kinds.add_parser("instrument-data", help="skattningar per bedömning, pseudonymiserade (Excel)")
    _common(data, db_arg)
    data.add_argument("--instrument", default=None, help="bara ett instrument (standard: alla)")

    template = kinds.add_parser("import-template", help="tom importmall för klienter (Excel)")
    _common(template, db_arg)

    importer = sub.add_parser("import", help="läs in klienter från Excel")
    what = importer.add_subparsers(dest="what", required=True, metavar="VAD")
    clients = what.add_parser("clients", help="klienter (och ärenden) från en .xlsx med kolumnerna i importmallen")
    _common(clients, db_arg, out=False)
    clients.add_argument("file", type=Path, help="Excel-filen (.xlsx)")
    clients.add_argument("--dry-run", action="store_true", help="visa bara förhandsgranskningen, skriv inget")


def _case_id(store, text: str) -> int:
    row = store.query_one("SELECT id FROM cases WHERE case_number = ?", (text,))
    if row:
        return row["id"]
    if text.isdigit():
        return store.cases.get(int(text)).id
    raise NotFound(f"Ärendet {text!r} finns inte.")


def _plan_version_id(store, case_id: int, number: int | None) -> int | None:
    if number is None:
        return None
    for version in store.plans.versions(case_id):
        if version.version == number:
            return version.id
    raise NotFound(f"Ärendet har ingen planversion {number}.")


PDF, XLSX, ICS = ".pdf", ".xlsx", ".ics"
# What each export writes: --out must say so (a PDF named F.xlsx would open as a broken workbook).
SUFFIXES = {"plan": PDF, "report": PDF, "record": PDF, "log-extract": PDF, "erasure-letter": PDF, "forms": PDF,
            "info-sheet": PDF, "caseload": XLSX, "sus": XLSX, "interventions": XLSX, "instrument-data": XLSX,
            "import-template": XLSX, "meeting-record": PDF}
_KINDS = {PDF: "ett PDF-dokument", XLSX: "en Excel-arbetsbok"}
# An export that writes either, chosen by --out's suffix.
CHOICE_OF_SUFFIXES = {"invitation": (PDF, ICS)}


def check_out(document: str, out: Path) -> None:
    """Refuse an ``--out`` whose suffix is not what ``document`` writes, before anything is opened."""
    choices = CHOICE_OF_SUFFIXES.get(document)
    if choices is not None:
        if out.suffix.lower() not in choices:
            raise ValidationError.single("out", f"--out: {document} blir ett PDF-dokument (.pdf) eller en kalenderfil "
                                                f"(.ics), så filnamnet ska sluta på någon av dem (inte {out.name}).")
        return
    suffix = SUFFIXES.get(document)
    if suffix is not None and out.suffix.lower() != suffix:
        raise ValidationError.single("out", f"--out: {document} blir {_KINDS[suffix]}, så filnamnet ska sluta på "
                                            f"{suffix} (inte {out.name}).")


def check_easy_read_for(audience: str) -> None:
    """``--easy-read`` with another ``--for`` than the client: said as the choice it is."""
    from app.exporters.pdf.plan import EASY_READ_CLIENT_ONLY, check_easy_read

    try:
        check_easy_read(audience)
    except RuleError:
        raise ValidationError.single("for", f"{EASY_READ_CLIENT_ONLY} Ta bort --easy-read eller skriv "
                                            "--for klient.") from None


def check_instrument(store, instrument_id: str | None, *, with_data: bool) -> None:
    """Refuse an ``--instrument`` that is not loaded (nor, for the data export, in any assessment),
    listing the ones there are."""
    if instrument_id is None:
        return
    from app.models.instruments import load_registry

    known = {d.id: d.short_name for d in load_registry().all()}
    if with_data:
        for (stored,) in store.query_tuples("SELECT DISTINCT instrument_id FROM assessments"):
            known.setdefault(stored, stored)
    if instrument_id not in known:
        names = ", ".join(f"{key} ({name})" if name != key else key for key, name in sorted(known.items()))
        raise ValidationError.single("instrument", f"--instrument: instrumentet {instrument_id!r} finns inte. "
                                                   f"Kända instrument: {names or 'inga'}.")


def run(args, db_path: Path) -> int:
    from app.exporters.service import Exports

    if args.command == "export":
        check_out(args.document, args.out)  # before the password is asked for
        if args.document == "plan" and args.easy_read:
            check_easy_read_for(args.audience)
    store = open_signed_in(db_path, args.user)
    try:
        if args.command == "import":
            return _import_clients(store, args)
        exports = Exports(store)
        doc = args.document
        if doc in ("forms", "instrument-data"):
            check_instrument(store, args.instrument, with_data=doc == "instrument-data")
        if doc in ("plan", "report", "record"):
            case_id = _case_id(store, args.case)
            store.cases.open_for_reading(case_id, args.reason)  # refused without a reason if not one's own
            if doc == "plan":
                path = exports.plan(case_id, args.audience, args.out, _plan_version_id(store, case_id, args.version),
                                    easy_read=args.easy_read)
            elif doc == "report":
                path = exports.report(case_id, args.audience, args.out)
            else:
                path = exports.record(case_id, args.out)
        elif doc in ("invitation", "meeting-record"):
            meeting = store.meetings.get(args.meeting)
            store.cases.open_for_reading(meeting.case_id, args.reason)
            if doc == "invitation":
                path = exports.invitation(meeting.id, args.out, args.audience)
            else:
                path = exports.meeting_record(meeting.id, args.out, easy_read=args.easy_read)
        elif doc == "log-extract":
            path = exports.log_extract(store.access_log.client_for(args.client), args.out)
        elif doc == "erasure-letter":
            path = exports.erasure_letter(args.request, args.out)
        elif doc == "forms":
            path = exports.blank_form(args.instrument, args.out, args.version)
        elif doc == "info-sheet":
            path = exports.info_sheet(args.out)
        elif doc == "caseload":
            path = exports.caseload(args.out, user_id=store.user_id if args.mine else None,
                                    include_closed=not args.active)
        elif doc in ("finsam", "sus"):
            path = exports.finsam(args.out, args.period_from, args.period_to)
        elif doc == "interventions":
            path = exports.interventions(args.out, args.period_from, args.period_to)
        elif doc == "instrument-data":
            path = exports.instrument_data(args.out, args.instrument)
        else:
            path = exports.import_template(args.out)
        print(f"Skapad: {path}")
        return 0
    finally:
        store.close()


def _import_clients(store, args) -> int:
    from app.models.client_import import import_rows, read_import

    preview = read_import(args.file, store)
    for line in preview_lines(preview):
        print(line)
    if args.dry_run:
        print("Förhandsgranskning: inget har skrivits (--dry-run).")
        return 1 if preview.error_rows else 0  # scripts can tell a file with bad rows
    result = import_rows(store, preview)
    for row in result.refused:  # changed since the preview above (another window, another user)
        print(f"Rad {row.row_number}: {row.message}")
    print(f"Importerat: {result}")
    return 1 if preview.error_rows or result.refused else 0


def preview_lines(preview) -> list[str]:
    """Each refused row with its messages (naming the column), then the summary."""
    lines = [f"Rad {row.row_number}: {row.message}" for row in preview.error_rows]
    lines.append(preview.summary)
    return lines

