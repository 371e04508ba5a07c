"""An administration of any instrument, rendered from its definition: items grouped by domain,
a rating per part (DOA's client and professional side by side), a comment per item, the
free-text fields. Everything saves as it is entered. A completed administration is signed by its
assessor (Signera); a signed one is read-only, with the reason beside it. An unsigned one started
by mistake is struck out (Makulera…, with a reason); it stays readable, marked so, and read-only.
A signed one is corrected (Rätta…, with a reason): a new draft opens in its own tab, the old one
reads "Rättad – se bedömningen från …" and the new one names what it corrects and why, each a link
to the other."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.assessments import Assessment, OpenItems
from app.models.errors import AtamaError, ValidationError
from app.models.item_order import numbered
from app.models.store import Store
from app.ui import style
from app.ui.assessment_texts import status_text, unverified_text
from app.ui.autosave import Autosave, status_label
from app.ui.case_tab import CaseTab
from app.ui.changes import Change, announce, changes_of
from app.ui.messages import show_error
from app.ui.rating_control import RatingControl
from app.ui.widgets import DateEdit


class AssessmentForm(CaseTab):
    openResults = Signal(int)  # assessment id
    openAssessment = Signal(int)  # another administration: the correction just started, or a link

    def __init__(self, store: Store, assessment_id: int, parent: QWidget | None = None):
        assessment = store.assessments.get(assessment_id)
        super().__init__(store, assessment.case_id, ("assessment", assessment_id), parent)
        self.assessment_id = assessment_id
        self.definition = definition = assessment.definition
        self.ratings: dict[tuple[str, str], RatingControl] = {}
        self.comments: dict[tuple[str, str], QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}

        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(f"<h2>{definition.name.sv}</h2>")
        heading.setWordWrap(True)  # a long name on two lines in a narrow page
        layout.addWidget(heading)
        self.check_banner = QLabel(
            self.tr("Kontrollera mot manualen: %1").replace("%1", unverified_text(definition))
            + (f". {definition.verification_note}" if definition.verification_note else ""))
        self.check_banner.setWordWrap(True)
        self.check_banner.setObjectName("check_banner")
        style.set_banner(self.check_banner)
        self.check_banner.setVisible(definition.needs_check)
        layout.addWidget(self.check_banner)

        meta = QFormLayout()
        self.date = DateEdit(self.tr("Datum för bedömningen"))
        self.date.set_iso(assessment.assessment_date)
        self.date.editingFinished.connect(self._save_date)
        meta.addRow(self.tr("&Datum"), self.date)
        self.status = QLabel()
        meta.addRow(self.tr("Status"), self.status)
        self.signature = QLabel()  # who signed it and when, or that it is not signed; why it is locked
        self.signature.setObjectName("assessment_signature")
        self.signature.setWordWrap(True)
        meta.addRow(self.tr("Signering"), self.signature)
        # "Rättad – se bedömningen från …" / "Rättelse av bedömningen från …: skäl", a link to the other
        self.correction = QLabel()
        self.correction.setObjectName("assessment_correction")
        self.correction.setWordWrap(True)
        self.correction.setTextFormat(Qt.TextFormat.RichText)
        self.correction.linkActivated.connect(lambda href: self.openAssessment.emit(int(href)))
        self.correction_row = QLabel(self.tr("Rättelse"))
        meta.addRow(self.correction_row, self.correction)
        layout.addLayout(meta)
        scale_text = escape(definition.scale.legend())
        if definition.na.allowed:
            scale_text += f" · E/T = {definition.na.label.sv}"
        scale_label = QLabel(self.tr("<b>Skala:</b> %1<br><i>Tangentbord: siffra väljer steg, N = E/T, "
                                     "Delete rensar, Tab går vidare.</i>").replace("%1", scale_text))
        scale_label.setWordWrap(True)
        layout.addWidget(scale_label)

        # A required field (OVal-9: which activity is rated) comes first: it says what the ratings are about.
        for text_field in definition.required_fields:
            layout.addWidget(self._text_box(text_field))
        for domain in definition.domains:
            layout.addWidget(self._domain_box(domain))
        for text_field in definition.text_fields:
            if not text_field.required:
                layout.addWidget(self._text_box(text_field))

        actions = QHBoxLayout()
        self.complete_button = QPushButton(self.tr("Markera som &klar"))
        self.complete_button.clicked.connect(self.complete)
        self.reopen_button = QPushButton(self.tr("Öppna &igen"))
        self.reopen_button.clicked.connect(self.reopen)
        self.sign_button = QPushButton(self.tr("Si&gnera"))
        self.sign_button.clicked.connect(self.sign)
        self.strike_button = QPushButton(self.tr("&Makulera…"))
        self.strike_button.clicked.connect(self.strike)
        self.correct_button = QPushButton(self.tr("Rät&ta…"))
        self.correct_button.clicked.connect(self.correct)
        # An instrument whose definition has a "goals" text field (DOA's goal formulation) can hand
        # those goals to the development plan.
        self.carry_button = QPushButton(self.tr("För över målen till &utvecklingsplanen"))
        self.carry_button.setVisible("goals" in self.texts)
        self.carry_button.clicked.connect(self.carry_goals)
        actions.addWidget(self.carry_button)
        results_button = QPushButton(self.tr("Visa res&ultat"))
        results_button.clicked.connect(lambda: (self.flush(), self.openResults.emit(self.assessment_id)))
        self.save_label = status_label()
        # the free-text fields save as they are typed; ratings, comments and the date at once (_run)
        self.autosave = Autosave(lambda key: self.store.assessments.save_text(
            self.assessment_id, key, self.texts[key].toPlainText()), self.save_label, self, store=store)
        self.autosave.saved.connect(self._announce)
        for button in (self.complete_button, self.reopen_button, self.sign_button, self.correct_button,
                       self.strike_button, results_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.save_label)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_assessment(assessment)
        changes_of(store).changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        # e.g. the case closed: the form turns read-only; refresh() saves typed text first
        if change.touches_case(self.case_id) and not change.made_by(self):
            self.refresh()

    def _text_box(self, text_field) -> QGroupBox:
        box = QGroupBox(self.tr("%1 (måste fyllas i)").replace("%1", text_field.label.sv) if text_field.required
                        else text_field.label.sv)
        box_layout = QVBoxLayout(box)
        editor = QPlainTextEdit()
        editor.setAccessibleName(self.tr("%1, måste fyllas i").replace("%1", text_field.label.sv)
                                 if text_field.required else text_field.label.sv)
        editor.setTabChangesFocus(True)
        if text_field.required:
            editor.setMaximumHeight(48)  # a short answer: the activity's name
            if text_field.hint:  # shown, not a placeholder: it says how to rate, and must stay readable
                hint = QLabel(text_field.hint.sv)
                hint.setWordWrap(True)
                hint.setObjectName(f"hint_{text_field.id}")
                box_layout.addWidget(hint)
        else:
            editor.setMaximumHeight(120)
            if text_field.hint:
                editor.setPlaceholderText(text_field.hint.sv)
        editor.textChanged.connect(lambda key=text_field.id: self.autosave.edited(key))
        self.texts[text_field.id] = editor
        box_layout.addWidget(editor)
        return box

    def _domain_box(self, domain) -> QGroupBox:
        definition = self.definition
        box = QGroupBox(domain.label.sv)
        grid = QGridLayout(box)
        parts = definition.parts
        for column, part in enumerate(parts, start=1):
            header = QLabel(f"<b>{part.label.sv}</b>")
            grid.addWidget(header, 0, 2 * column - 1)
            grid.addWidget(QLabel(self.tr("<b>Kommentar</b>")), 0, 2 * column)
        for row, item in enumerate(definition.items_in(domain.id), start=1):
            label = QLabel(numbered(definition, item.id))  # "3. Koordination", as in the results and the PDF
            label.setWordWrap(True)
            if item.hint:
                label.setToolTip(item.hint.sv)
            grid.addWidget(label, row, 0)
            for column, part in enumerate(parts, start=1):
                name = f"{item.label.sv} – {part.label.sv}" if len(parts) > 1 else item.label.sv
                control = RatingControl(definition.scale, definition.na.allowed, definition.na.label.sv, name)
                control.changed.connect(
                    lambda value, na, p=part.id, i=item.id: self._save_rating(p, i, value, na))
                comment = QLineEdit()
                comment.setAccessibleName(f"{definition.item_comment.sv}: {name}")
                comment.setPlaceholderText(definition.item_comment.sv)
                comment.editingFinished.connect(lambda p=part.id, i=item.id: self._save_comment(p, i))
                self.ratings[(part.id, item.id)] = control
                self.comments[(part.id, item.id)] = comment
                grid.addWidget(control, row, 2 * column - 1)
                grid.addWidget(comment, row, 2 * column)
        grid.setColumnStretch(0, 2)
        for column in range(1, len(parts) + 1):
            grid.setColumnStretch(2 * column, 1)
        return box

    # -- showing ----------------------------------------------------------------------------
    def title(self) -> str:
        return f"{self.definition.short_name} {self.store.assessments.get(self.assessment_id).assessment_date}"

    def show_assessment(self, assessment: Assessment, keep_typed: bool = False) -> None:
        """``keep_typed``: leave the free-text fields as typed (the store refused their text)."""
        actions = self.store.assessments.actions(assessment.id)
        editable = actions.edit.ok
        for (part, item), control in self.ratings.items():
            rating = assessment.rating(part, item)
            control.set_rating(rating.value, rating.na)
            control.set_read_only(not editable)
        for (part, item), comment in self.comments.items():
            comment.setText(assessment.rating(part, item).comment)
            comment.setReadOnly(not editable)
        with self.autosave.loading():
            for key, editor in self.texts.items():
                if not keep_typed:
                    editor.setPlainText(assessment.texts.get(key, ""))
                editor.setReadOnly(not editable)
        self.date.setEnabled(editable)
        status = self.tr("%1 · bedömare %2").replace("%1", status_text(assessment)).replace(
            "%2", assessment.assessor or self.tr("okänd"))
        if assessment.confirmed_open_items:
            status += self.tr(" · lämnades med %n obedömda påståenden", "", len(assessment.open_items))
        elif assessment.is_draft and assessment.open_items and not assessment.is_struck:
            status += self.tr(" · %n påståenden kvar att bedöma", "", len(assessment.open_items))
        self.status.setText(status)
        self.complete_button.setVisible(assessment.is_draft)
        self.complete_button.setEnabled(actions.complete.ok)
        self.reopen_button.setVisible(not assessment.is_draft and not assessment.is_signed)
        self.reopen_button.setEnabled(actions.reopen.ok)
        self.sign_button.setEnabled(actions.sign.ok)
        self.sign_button.setToolTip(actions.sign.reason)
        self.strike_button.setEnabled(actions.strike.ok)
        self.strike_button.setToolTip(actions.strike.reason)
        self.correct_button.setVisible(assessment.is_signed)
        self.correct_button.setEnabled(actions.correct.ok)
        self.correct_button.setToolTip(actions.correct.reason)
        text = assessment.signature.text
        if assessment.is_struck:
            text = f"{assessment.strike.text}. {actions.edit.reason}"
        elif assessment.is_signed:
            text += f". {actions.edit.reason}"
        self.signature.setText(text)
        self.correction.setText(self._correction_text(assessment))
        self.correction.setVisible(bool(self.correction.text()))
        self.correction_row.setVisible(self.correction.isVisible())

    def _correction_text(self, assessment: Assessment) -> str:
        """Rich text: what corrects this one and what this one corrects, each linked to the other."""
        def link(other_id: int) -> str:
            day = self.store.assessments.get(other_id).assessment_date
            return f'<a href="{other_id}">' + self.tr("bedömningen från %1").replace("%1", day) + "</a>"
        lines = []
        if assessment.corrected_by_id is not None:
            lines.append(self.tr("Rättad – se %1").replace("%1", link(assessment.corrected_by_id)))
        if assessment.corrects_id is not None:
            lines.append(self.tr("Rättelse av %1: %2").replace("%1", link(assessment.corrects_id))
                         .replace("%2", escape(assessment.correction_reason)))  # typed text last
        return "<br>".join(lines)

    def refresh(self) -> None:
        saved = self.autosave.flush()  # text typed a moment ago first, or the reload would replace it
        self.show_assessment(self.store.assessments.get(self.assessment_id), keep_typed=not saved)

    # -- saving -----------------------------------------------------------------------------
    def _saved(self) -> None:
        self.autosave.show_saved()
        self._announce()

    def _announce(self) -> None:
        announce(self.store, Change.case(self.case_id, self.client_id), source=self)

    def _run(self, action) -> bool:
        try:
            action()
        except AtamaError as exc:
            show_error(self, exc)
            self.refresh()  # show what is really stored
            return False
        self._saved()
        return True

    def _save_rating(self, part: str, item: str, value, na: bool) -> None:
        self._run(lambda: self.store.assessments.save_rating(self.assessment_id, part, item, value, na=na))
        self.refresh()

    def _save_comment(self, part: str, item: str) -> None:
        text = self.comments[(part, item)].text()
        if text != self.store.assessments.get(self.assessment_id).rating(part, item).comment:
            self._run(lambda: self.store.assessments.save_comment(self.assessment_id, part, item, text))

    def _save_date(self) -> None:
        # only a changed date: leaving the field as Markera som klar makes the form read-only tried to
        # save it into the completed assessment, and said it could not
        if self.date.iso() != self.store.assessments.get(self.assessment_id).assessment_date:
            self._run(lambda: self.store.assessments.set_date(self.assessment_id, self.date.iso()))

    def flush(self) -> bool:
        """Save changed free text now (also called before closing the tab)."""
        return self.autosave.flush()

    def complete(self) -> None:
        if not self.flush():
            return
        try:
            self.store.assessments.complete(self.assessment_id)
        except ValidationError as exc:  # a required text field is empty: say so and go there
            show_error(self, exc)
            field = next((k.removeprefix("text.") for k in exc.errors if k.startswith("text.")), None)
            if field in self.texts:
                self.bring_into_view(self.texts[field])  # typing must land where the user can see it
                self.texts[field].setFocus()
        except OpenItems as exc:
            answer = QMessageBox.question(
                self, self.tr("Obedömda påståenden"),
                self.tr("%1\n\nMarkera bedömningen som klar ändå? Det syns i bedömningen att de lämnades öppna.")
                .replace("%1", str(exc)))
            if answer == QMessageBox.StandardButton.Yes:
                self._run(lambda: self.store.assessments.complete(self.assessment_id, confirm_open_items=True))
        except AtamaError as exc:
            show_error(self, exc)
        self.refresh()
        self._announce()

    def carry_goals(self) -> None:
        if not self.flush():
            return
        lines = self.texts["goals"].toPlainText().splitlines()
        saved = []
        from app.models.plans import goal_source

        a = self.store.assessments.get(self.assessment_id)
        source = goal_source(f"{a.definition.short_name} {a.definition.version}", a.assessment_date)
        if self._run(lambda: saved.append(self.store.plans.carry_goals(self.case_id, lines, source))):
            from app.ui.messages import tell

            carried = saved[0]
            plan = carried.version
            text = (self.tr("%n mål finns nu i utvecklingsplanen", "", len(carried.added))
                    + self.tr(" (version %1, %n delmål).", "", len(plan.sub_goals)).replace("%1", str(plan.version)))
            if carried.already_there:
                text += self.tr(" Fanns redan och lades inte till igen: %1.").replace(
                    "%1", "; ".join(carried.already_there))
            if carried.cleared_follow_ups:
                text += self.tr(" Uppföljningsdatum som redan passerat följde inte med: ange nya i planen.")
            tell(self, self.tr("Utvecklingsplan"),
                 text + self.tr(" Öppna planen för att komplettera åtgärder, ansvar och datum."))

    def sign(self) -> None:
        if not self.flush():
            return
        self._run(lambda: self.store.assessments.sign(self.assessment_id))
        self.refresh()

    def strike(self) -> None:
        """Asks for the reason; the administration stays, marked makulerad, and turns read-only."""
        if not self.flush() or not self.store.assessments.actions(self.assessment_id).strike.ok:
            return
        from app.ui.strike_dialog import StrikeDialog

        dialog = StrikeDialog(self.tr("Makulera bedömning"), self.title(),
                              lambda reason: self.store.assessments.strike(self.assessment_id, reason), self)
        if dialog.exec():
            self.refresh()
            self._announce()

    def correct(self) -> None:
        """Asks for the reason; the correction, a draft copy, opens in its own tab (openAssessment)."""
        if not self.flush() or not self.store.assessments.actions(self.assessment_id).correct.ok:
            return
        from app.ui.strike_dialog import CORRECTION, StrikeDialog

        dialog = StrikeDialog(self.tr("Rätta bedömning"), self.title(),
                              lambda reason: self.store.assessments.correct(self.assessment_id, reason), self,
                              texts=CORRECTION)
        if dialog.exec():
            self.refresh()  # "Rättad – se bedömningen från …"
            self._announce()
            self.openAssessment.emit(dialog.result.id)  # type: ignore[attr-defined]

    def reopen(self) -> None:
        self._run(lambda: self.store.assessments.reopen(self.assessment_id))
        self.refresh()
