"""Meanings written from the tuning misses of round r76thin's material (corpus/replies/real/
r76-r76thin-catalogues.jsonl: mail programs' catalogues in the languages whose tuning part is thin), each tested in
wordings of our own; every case must be read by a concept rule, not by the model."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason


@pytest.mark.parametrize("text", [
    "Ошибка отправки: получатели не указаны",  # ru: sending error: the recipients are not specified
    "Невозможно отправить: не указан получатель.",  # ru: cannot send: no recipient specified
    "Нет получателей, письмо не отправлено.",  # ru: there are no recipients, the mail was not sent
    "Chyba: tento e-mail nemá žiadnych príjemcov.",  # sk: error: this e-mail has no recipients
    "Odoslanie zlyhalo, žiadni prijímatelia.",  # sk: sending failed, no recipients
    "ელფოსტას მიმღები არ გააჩნია.",  # ka: the e-mail has no recipient
])
def test_a_message_with_no_recipient_is_a_syntax_error(text: str) -> None:
    assert by_concept(text) == Reason.SYNTAXERROR
