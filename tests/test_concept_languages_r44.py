"""Concepts that decide the most tuning verdicts, read in more languages (issue 10, round 44): wordings of our
own composed of the dictionary meanings added to bouncelib/_data/concepts.py (`_R44_DICTIONARY_WORDS`: FreeDict's
English-to-X dictionaries or the language's standard term), each read to the reason its English twin is read to
("your IP address is blocked", "rejected for the sender's poor reputation", "you are sending too often", "missing
Date header", "mail loop detected", "suspicious headers", "unsupported encoding", "forged sender", "the message
is empty", "encryption failed", "the domain is not routable", "message expired", "the
recipient does not want your messages"). None of them was read so before those words."""

from __future__ import annotations

import pytest

from bouncelib import parse_reply

CASES = [
    # The sending host's IP address refused / listed (CLIENT + REFUSED/LISTING: blocked).
    ("IP-osoitteesta tuleva posta on hylätty", "blocked"),
    ("Η διεύθυνση IP αποκλείστηκε", "blocked"),
    ("Vaša IP adresa je blokirana", "blocked"),
    ("Vaš IP naslov je blokiran", "blocked"),
    ("Ваша IP адреса заблокована", "blocked"),
    # Reputation (REPUTATION: badreputation).
    ("Message refusé : mauvaise réputation de l'expéditeur", "badreputation"),
    ("Mensaje rechazado por la reputación del remitente", "badreputation"),
    ("Messaggio rifiutato a causa della reputazione del mittente", "badreputation"),
    ("Mensagem recusada devido à reputação do remetente", "badreputation"),
    ("Bericht geweigerd vanwege de reputatie van de afzender", "badreputation"),
    ("Wiadomość odrzucona z powodu niskiej reputacji nadawcy", "badreputation"),
    ("Сообщение отклонено из-за низкой репутации отправителя", "badreputation"),
    ("Повідомлення відхилено через низьку репутацію відправника", "badreputation"),
    ("Zpráva odmítnuta kvůli špatné reputaci odesílatele", "badreputation"),
    ("Správa odmietnutá pre zlú reputáciu odosielateľa", "badreputation"),
    ("Poruka odbijena zbog lošeg ugleda pošiljatelja", "badreputation"),
    ("Az üzenetet a feladó rossz hírneve miatt elutasítottuk", "badreputation"),
    ("Gönderenin itibarı nedeniyle ileti reddedildi", "badreputation"),
    ("Meddelandet avvisades på grund av avsändarens dåliga rykte", "badreputation"),
    ("Beskeden blev afvist på grund af afsenderens dårlige omdømme", "badreputation"),
    ("Viesti hylättiin lähettäjän huonon maineen vuoksi", "badreputation"),
    ("Το μήνυμα απορρίφθηκε λόγω της φήμης του αποστολέα", "badreputation"),
    ("送信者の評判が低いため拒否されました", "badreputation"),
    ("由于发件人信誉不佳，邮件被拒绝", "badreputation"),
    ("발신자 평판이 낮아 거부되었습니다", "badreputation"),
    # Sending too fast / too often (RATE: speeding).
    ("Vous envoyez des messages trop souvent", "speeding"),
    ("Invia messaggi troppo spesso, riprovi più tardi", "speeding"),
    ("Sie senden zu oft, bitte später erneut versuchen", "speeding"),
    ("Du sender for ofte, prøv igjen senere", "speeding"),
    ("Lähetät viestejä liian nopeasti", "speeding"),
    ("Trimiteți mesaje prea des", "speeding"),
    ("Στέλνετε μηνύματα πολύ συχνά", "speeding"),
    ("Изпращате съобщения твърде често", "speeding"),
    ("Šaljete poruke prečesto", "speeding"),
    ("Pošiljate sporočila prehitro", "speeding"),
    ("Posielate správy príliš často", "speeding"),
    ("Ви надсилаєте листи занадто часто", "speeding"),
    # A missing header (HEADER + MISSING: notcompliantrfc).
    ("V zprávě je chybějící hlavička From", "notcompliantrfc"),
    ("V správe chýba hlavička Date", "notcompliantrfc"),
    ("U poruci nedostaje zaglavlje Date", "notcompliantrfc"),
    ("В съобщението липсва заглавка From", "notcompliantrfc"),
    ("Λείπει η κεφαλίδα Date", "notcompliantrfc"),
    ("Brak nagłówka Date", "notcompliantrfc"),
    ("Cabeçalho Date ausente", "notcompliantrfc"),
    ("Intestazione Date assente", "notcompliantrfc"),
    ("Antetul Date lipsă", "notcompliantrfc"),
    # A mail loop (LOOP: networkerror).
    ("Обнаружена петля маршрутизации почты", "networkerror"),
    ("Otkrivena je petlja u isporuci pošte", "networkerror"),
    ("Zaznana je zanka pri dostavi pošte", "networkerror"),
    ("Levelezési hurok észlelve", "networkerror"),
    ("Εντοπίστηκε βρόχος αλληλογραφίας", "networkerror"),
    ("A fost detectată o buclă de e-mail", "networkerror"),
    ("检测到邮件循环", "networkerror"),
    # A suspicious header (HEADER + SUSPICIOUS: policyviolation).
    ("Nachricht enthält verdächtige Kopfzeilen", "policyviolation"),
    ("Wiadomość zawiera podejrzane nagłówki", "policyviolation"),
    ("Zpráva obsahuje podezřelé hlavičky", "policyviolation"),
    ("Poruka sadrži sumnjiva zaglavlja", "policyviolation"),
    ("Повідомлення містить підозрілі заголовки", "policyviolation"),
    # An encoding the server cannot take (ENCODING: contenterror).
    ("Nem támogatott kódolás", "contenterror"),
    ("Codificare neacceptată", "contenterror"),
    ("Μη υποστηριζόμενη κωδικοποίηση", "contenterror"),
    ("Nepodporované kódovanie", "contenterror"),
    ("Nepodržano kodiranje", "contenterror"),
    ("Неподдържано кодиране", "contenterror"),
    # A forged sender (AUTHMECH: authfailure).
    ("Remitente falsificado", "authfailure"),
    ("Mittente falsificato", "authfailure"),
    ("Vervalste afzender", "authfailure"),
    ("Sfałszowany nadawca", "authfailure"),
    ("Поддельный отправитель", "authfailure"),
    ("Förfalskad avsändare", "authfailure"),
    ("Väärennetty lähettäjä", "authfailure"),
    ("Hamisított feladó", "authfailure"),
    ("Expeditor falsificat", "authfailure"),
    ("Фалшифициран подател", "authfailure"),
    ("Підроблений відправник", "authfailure"),
    ("なりすましメールの疑い", "authfailure"),
    ("伪造的发件人", "authfailure"),
    # An empty message (MESSAGE + EMPTY: policyviolation).
    ("Het bericht is leeg", "policyviolation"),
    ("Wiadomość jest pusta", "policyviolation"),
    ("Zpráva je prázdná", "policyviolation"),
    ("Сообщение пустое", "policyviolation"),
    ("Повідомлення порожнє", "policyviolation"),
    ("Az üzenet üres", "policyviolation"),
    ("İleti boş", "policyviolation"),
    ("Meddelandet är tomt", "policyviolation"),
    # A TLS failure (TLS + FAILED: failedstarttls).
    ("Šifrovanie zlyhalo", "failedstarttls"),
    ("Šifriranje nije uspjelo", "failedstarttls"),
    ("Η κρυπτογράφηση απέτυχε", "failedstarttls"),
    # A domain that cannot be routed (DOMAIN + UNROUTABLE: hostunknown).
    ("Die Domäne ist nicht routbar", "hostunknown"),
    ("Domaine de destination non routable", "hostunknown"),
    ("Dominio de destino no enrutable", "hostunknown"),
    ("Il dominio non è instradabile", "hostunknown"),
    ("Domínio de destino não roteável", "hostunknown"),
    ("Het domein is niet routeerbaar", "hostunknown"),
    ("Cílová doména je nesměrovatelná", "hostunknown"),
    ("Domänen kan inte dirigeras", "hostunknown"),
    ("Domænet kan ikke dirigeres", "hostunknown"),
    ("Verkkotunnusta ei voida reitittää", "hostunknown"),
    ("Домен получателя невозможно маршрутизировать", "hostunknown"),
    ("Домен неможливо маршрутизувати", "hostunknown"),
    ("Domeniul nu poate fi rutat", "hostunknown"),
    ("Το όνομα τομέα δεν μπορεί να δρομολογηθεί", "hostunknown"),
    ("Domena se ne može usmjeriti", "hostunknown"),
    ("收件人域名无法路由", "hostunknown"),
    # A message whose queue lifetime ran out (QUEUE_LIFETIME: expired).
    ("Nachricht abgelaufen, Zustellung aufgegeben", "expired"),
    ("Message expiré : abandon de la remise", "expired"),
    ("Mensaje caducado tras varios intentos", "expired"),
    ("Messaggio scaduto dopo 5 giorni in coda", "expired"),
    ("Mensagem expirada após 5 dias na fila", "expired"),
    ("Bericht verlopen na 5 dagen in de wachtrij", "expired"),
    ("Wiadomość wygasła po 5 dniach w kolejce", "expired"),
    ("Срок доставки истёк, сообщение удалено из очереди", "expired"),
    ("Platnost zprávy vypršela", "expired"),
    ("邮件已过期，已从队列中删除", "expired"),
    # A recipient who does not want the sender's mail (UNWANTED: filtered).
    ("Der Empfänger möchte keine Nachrichten von Ihnen erhalten", "filtered"),
    ("Le destinataire ne souhaite pas recevoir vos messages", "filtered"),
    ("El destinatario no desea recibir sus mensajes", "filtered"),
    ("Il destinatario non desidera ricevere i suoi messaggi", "filtered"),
    ("O destinatário não deseja receber as suas mensagens", "filtered"),
    ("De ontvanger wil geen berichten van u ontvangen", "filtered"),
    ("Odbiorca nie chce otrzymywać wiadomości od Ciebie", "filtered"),
    ("Получатель не желает получать ваши сообщения", "filtered"),
    ("Příjemce si nepřeje dostávat vaše zprávy", "filtered"),
    ("Mottagaren vill inte ta emot dina meddelanden", "filtered"),
    ("Modtageren ønsker ikke at modtage dine beskeder", "filtered"),
    ("Vastaanottaja ei halua vastaanottaa viestejäsi", "filtered"),
    ("A címzett nem kíván üzenetet kapni Öntől", "filtered"),
    ("Alıcı sizden ileti almak istemiyor", "filtered"),
    ("Destinatarul nu dorește să primească mesajele dumneavoastră", "filtered"),
    ("Ο παραλήπτης δεν επιθυμεί να λαμβάνει τα μηνύματά σας", "filtered"),
    ("Получателят не желае да получава вашите съобщения", "filtered"),
    ("Primatelj ne želi primati vaše poruke", "filtered"),
    ("Одержувач не бажає отримувати ваші листи", "filtered"),
    ("收件人不希望接收您的邮件", "filtered"),
]


@pytest.mark.parametrize(("text", "reason"), CASES)
def test_read_by_meaning(text: str, reason: str) -> None:
    assert parse_reply(text).reason == reason
