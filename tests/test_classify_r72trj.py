"""Round 72 (r72trj): words read from evolution-ews's catalogues (server busy, logging in), in our own wording."""

from __future__ import annotations

import pytest
from rule_reading import by_concept

from bouncelib import Reason


@pytest.mark.parametrize(
    "text",
    [
        "El servidor de correu és ocupat ara mateix",  # ca
        "Serverul de mail este ocupat, încercați mai târziu",  # ro
        "O servidor de saída está ocupado neste momento",  # pt
        "Poštanski poslužitelj je zauzet, pokušajte kasnije",  # hr
        "Поштански сервер је заузет, покушајте касније",  # sr
        "Poštni strežnik je zaseden",  # sl
        "Utgående server är upptagen just nu",  # sv
        "Poštovní server je momentálně zaneprázdněn",  # cs
        "Posta zerbitzaria lanpetuta dago orain",  # eu
        "Server surat sibuk, coba nanti",  # id
        "Pašto serveris šiuo metu užsiėmęs",  # lt
        "Pasta serveris pašlaik ir aizņemts",  # lv
        "Почтовый сервер сейчас занят",  # ru
        "Поштовий сервер наразі зайнято",  # uk
        "邮件服务器正忙，请稍后",  # zh
    ],
)
def test_busy_server_is_systemerror(text: str) -> None:
    assert by_concept(text) is Reason.SYSTEMERROR


@pytest.mark.parametrize(
    "text",
    [
        "सर्व्हरवर ओळख पटवणे शक्य झाले नाही",  # mr: authenticating to the server was not possible
        "சேவையகத்தில் அங்கீகரிப்பு தேவை",  # ta: authentication needed at the server
        "Parolei vairs nav derīga",  # lv: the password is no longer valid
        "Neuspešna prijava na server za poštu",  # sr (Latin): failed login to the mail server
    ],
)
def test_login_words_are_securityerror(text: str) -> None:
    assert by_concept(text) is Reason.SECURITYERROR

