"""Words by meaning from the translation catalogues of programs that are not SMTP programs (round r63glossc:
sudo's sudoers.mo, NetworkManager's nm-applet.mo; see `_R63_GLOSSC_WORDS` in bouncelib/_data/concepts.py), each
tested in wordings of our own: a mail server or client saying the same thing in that language."""

from __future__ import annotations

import pytest

from bouncelib import Reason, parse_reply


@pytest.mark.parametrize("text", [
    "Serveren meldte en godkendelsesfejl for kontoen",  # da: an authentication error
    "Aanmeldingsfout bij de uitgaande server",  # nl: a login error
    "Λάθος στην εισαγωγή του κωδικού πρόσβασης",  # el: the access code (password), genitive
    "Unos lozinke nije uspio na poslužitelju",  # hr: the password (genitive)
    "Провера лозинке на серверу није успела",  # sr (Cyrillic), genitive
    "Сервер не прийняв вашого пароля",  # uk: the password (genitive)
    "Máy chủ thư từ chối mật khẩu của tài khoản",  # vi: password
    "Server menolak kata sandi akun Anda",  # id: password
    "Palvelin ei hyväksynyt salasanan tätä tiliä varten",  # fi: the password (genitive/accusative)
    "Chaidh am facal-faire agad a dhiùltadh",  # gd: password
    "Póstþjónninn hafnaði lykilorði notandans",  # is: the password (dative)
    "ਸਰਵਰ ਨੇ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਨਹੀਂ ਮੰਨਿਆ",  # pa: password
    "Серверот ја одби автентикација на корисникот",  # mk: authentication
    "身份验证没有通过",  # zh: authentication (identity verification)
    "Ο διακομιστής ζήτησε διαδικασία πιστοποίησης",  # el: authentication (genitive)
])
def test_a_password_or_authentication_is_a_security_error(text: str) -> None:
    # RFC 4954 (SMTP AUTH): the password and authentication in the languages' own words, read by a concept rule.
    reply = parse_reply(text)
    assert reply.reason is Reason.SECURITYERROR
    assert reply.rule.startswith("concept:"), reply.rule
