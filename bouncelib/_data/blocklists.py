"""Blocklists (DNSBLs and providers' own lists): how replies name them, and how to get off them.

Ids are those of the shared blocklist reference (``spamhaus-zen``, ``microsoft-eop``
...); a list that is not in this table is reported with its DNS zone as the id.
`BLOCKLISTS` rows carry the zones they answer on, marker phrases that name them in
a reply (syntax of `bouncelib._data.reasons`), and the documented delisting page
and address. `CODE_LISTS` maps providers' private codes that name a list
(Yahoo ``[BL23]`` = Spamhaus XBL, GoDaddy ``IB103`` = Cloudmark CSI ...).
`DELIST_HOSTS` are host names whose URLs in a reply are removal or lookup pages.
`MISCONFIGURED` phrases mark a DNSBL *error answer*: the receiver's DNS setup is
broken, the sender is not listed, and nobody should be told to delist.
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = [
    "BLOCKLISTS", "CODE_LISTS", "DELIST_HOSTS", "DELIST_PATH_WORDS", "DOMAIN_LISTS", "MISCONFIGURED", "BlocklistRow",
]  # fmt: skip

#: Lists whose entries are domain names, not IP addresses (RHSBL / URI blocklists): a receiver
#: checks them against the domains a message carries (its links, its From), so a hit judges the
#: message's content, not the sending host. Sources: each row's source.
DOMAIN_LISTS: Final[frozenset[str]] = frozenset({"spamhaus-dbl", "uribl", "surbl"})


class BlocklistRow(NamedTuple):
    """One blocklist."""

    id: str
    name: str
    operator: str
    zones: tuple[str, ...]
    markers: tuple[str, ...]
    delist_url: str | None
    delist_email: str | None
    source: str


_SH = "The Spamhaus Project"
_SH_SRC = "https://www.spamhaus.org/faqs/dnsbl-usage/ ; https://check.spamhaus.org/"
_REF = "shared/reference/blocklists.json"

BLOCKLISTS: Final[tuple[BlocklistRow, ...]] = (
    BlocklistRow("spamhaus", "Spamhaus (unspecified list)", _SH, (),
                 ("spamhaus", "spamhaus.org", "check.spamhaus.org"), "https://check.spamhaus.org/", None, _SH_SRC),
    BlocklistRow("spamhaus-zen", "Spamhaus ZEN", _SH, ("zen.spamhaus.org", "zen.dq.spamhaus.net"),
                 ("spamhaus zen",), "https://check.spamhaus.org/", None, _SH_SRC),
    BlocklistRow("spamhaus-sbl", "Spamhaus Block List (SBL)", _SH, ("sbl.spamhaus.org",),
                 ("spamhaus sbl", "spamhaus block list", "spamhaus.org/sbl/query/sbl"),
                 "https://check.spamhaus.org/", None, _SH_SRC),
    BlocklistRow("spamhaus-css", "Spamhaus CSS", _SH, (), ("spamhaus css", "sblcss"),
                 "https://check.spamhaus.org/", None, _SH_SRC),
    BlocklistRow("spamhaus-xbl", "Spamhaus Exploits Block List (XBL)", _SH, ("xbl.spamhaus.org", "cbl.abuseat.org"),
                 ("spamhaus xbl", "exploits block list", "cbl.abuseat.org"), "https://check.spamhaus.org/", None,
                 _SH_SRC),
    BlocklistRow("spamhaus-pbl", "Spamhaus Policy Block List (PBL)", _SH, ("pbl.spamhaus.org",),
                 ("spamhaus pbl", "policy block list", "spamhaus.org/pbl"), "https://check.spamhaus.org/", None,
                 _SH_SRC),
    BlocklistRow("spamhaus-dbl", "Spamhaus Domain Block List (DBL)", _SH, ("dbl.spamhaus.org",),
                 ("spamhaus dbl", "domain block list", "spamhaus.org/dbl"), "https://www.spamhaus.org/query/lookup/",
                 None, _SH_SRC),
    BlocklistRow("uribl", "URIBL", "URIBL", ("multi.uribl.com", "black.uribl.com", "grey.uribl.com"),
                 ("uribl",), "https://admin.uribl.com/", None, "https://uribl.com/about.shtml (URI/domain lists)"),
    BlocklistRow("surbl", "SURBL", "SURBL", ("multi.surbl.org",), ("surbl",),
                 "https://www.surbl.org/surbl-analysis", None, "https://www.surbl.org/lists (domain lists)"),
    BlocklistRow("barracuda-brbl", "Barracuda Reputation Block List (BRBL)", "Barracuda Networks",
                 ("b.barracudacentral.org", "bb.barracudacentral.org"),
                 ("barracuda reputation", "barracudacentral", "barracudanetworks.com/reputation"),
                 "http://www.barracudacentral.org/rbl/removal-request", None,
                 "https://www.barracudacentral.org/rbl/how-to-use"),
    BlocklistRow("spamcop", "SpamCop Blocking List (SCBL)", "Cisco (SpamCop)", ("bl.spamcop.net",), ("spamcop",),
                 "https://www.spamcop.net/bl.shtml", None, "https://www.spamcop.net/fom-serve/cache/291.html"),
    BlocklistRow("sorbs", "SORBS", "SORBS", ("dnsbl.sorbs.net", "dul.dnsbl.sorbs.net", "spam.dnsbl.sorbs.net",
                                           "new.spam.dnsbl.sorbs.net", "recent.spam.dnsbl.sorbs.net",
                                           "problems.dnsbl.sorbs.net", "safe.dnsbl.sorbs.net"),
                 ("sorbs",), None, None, _REF),
    BlocklistRow("uceprotect-l1", "UCEPROTECT Level 1", "UCEPROTECT-Network", ("dnsbl-1.uceprotect.net",),
                 ("uceprotect level 1", "uceprotect-level1", "uceprotect-level 1", "uceprotect"),
                 "http://www.uceprotect.net/en/rblcheck.php", None, "http://www.uceprotect.net/en/index.php?m=3&s=3"),
    BlocklistRow("uceprotect-l2", "UCEPROTECT Level 2", "UCEPROTECT-Network", ("dnsbl-2.uceprotect.net",),
                 ("uceprotect level 2", "uceprotect-level2", "uceprotect-level 2"),
                 "http://www.uceprotect.net/en/rblcheck.php", None, "http://www.uceprotect.net/en/index.php?m=3&s=4"),
    BlocklistRow("uceprotect-l3", "UCEPROTECT Level 3", "UCEPROTECT-Network", ("dnsbl-3.uceprotect.net",),
                 ("uceprotect level 3", "uceprotect-level3", "uceprotect-level 3"),
                 "http://www.uceprotect.net/en/rblcheck.php", None, "http://www.uceprotect.net/en/index.php?m=3&s=5"),
    BlocklistRow("psbl", "Passive Spam Block List (PSBL)", "Rik van Riel", ("psbl.surriel.com",), ("psbl",),
                 "https://psbl.org/", None, "https://psbl.org/"),
    BlocklistRow("mailspike", "Mailspike", "Mailspike", ("bl.mailspike.net", "z.mailspike.net"), ("mailspike",),
                 "https://mailspike.org/", None, _REF),
    BlocklistRow("spamrats", "SpamRATS", "SpamRATS", ("all.spamrats.com", "dyna.spamrats.com", "noptr.spamrats.com",
                                                    "spam.spamrats.com"),
                 ("spamrats",), "https://www.spamrats.com/", None, _REF),
    BlocklistRow("invaluement", "Invaluement", "Invaluement", (), ("invaluement", "ivmsip", "ivmuri"),
                 "https://www.invaluement.com/lookup/", None, _REF),
    BlocklistRow("abusix", "Abusix Mail Intelligence", "Abusix", ("combined.mail.abusix.zone",), ("abusix",),
                 "https://lookup.abusix.com/", None, _REF),
    BlocklistRow("sem", "Spam Eating Monkey (SEM)", "Spam Eating Monkey",
                 ("bl.spameatingmonkey.net", "backscatter.spameatingmonkey.net"), ("spameatingmonkey",),
                 "https://spameatingmonkey.com/", None, _REF),
    BlocklistRow("hostkarma", "Hostkarma (Junk Email Filter)", "Junk Email Filter", ("hostkarma.junkemailfilter.com",),
                 ("hostkarma", "junkemailfilter"), None, None, _REF),
    BlocklistRow("0spam", "0spam", "0spam", ("0spam.fusionzero.com", "0spam-killlist.fusionzero.com"), ("0spam",),
                 None, None, _REF),
    BlocklistRow("lashback", "LashBack Unsubscribe Blacklist (UBL)", "LashBack", ("ubl.unsubscore.com",),
                 ("lashback", "unsubscore"), None, None, _REF),
    BlocklistRow("nixspam", "NiX Spam", "iX / heise", ("ix.dnsbl.manitu.net",), ("nixspam", "nix spam", "manitu"),
                 "https://www.nixspam.net/", None, _REF),
    BlocklistRow("cisco-talos", "Cisco Talos / SenderBase reputation", "Cisco Talos", (),
                 ("talosintelligence", "senderbase", "sending mta's poor reputation"),
                 "https://talosintelligence.com/reputation_center", None, _REF),
    BlocklistRow("proofpoint-dnsbl", "Proofpoint IP reputation", "Proofpoint", ("prs.proofpoint.com",),
                 ("dnsbl-lookup", "ipcheck.proofpoint.com", "prs.proofpoint.com"),
                 "https://ipcheck.proofpoint.com/", None, "https://ipcheck.proofpoint.com/"),
    BlocklistRow("cloudmark-csi", "Cloudmark Sender Intelligence (CSI)", "Cloudmark (Proofpoint)", (),
                 ("cloudmark", "csi.cloudmark.com"), "https://csi.cloudmark.com/en/reset/", None,
                 "https://csi.cloudmark.com/en/reset/"),
    BlocklistRow("trendmicro-ers", "Trend Micro Email Reputation Services (ERS)", "Trend Micro", (),
                 ("trend micro rbl", "mail-abuse.com", "ers-dul", "ers-rbl", "ers-qil", "ers.trendmicro.com",
                  "servicecentral.trendmicro.com", "email reputation services"),
                 "https://servicecentral.trendmicro.com/en-US/ers/", None,
                 "https://servicecentral.trendmicro.com/en-US/ers/"),
    BlocklistRow("mimecast", "Mimecast gateway reputation", "Mimecast", (), ("local ct ip reputation",),
                 "https://community.mimecast.com/docs/DOC-1369", None, "https://community.mimecast.com/docs/DOC-1369"),
    BlocklistRow("senderscore", "Validity SenderScore blocklist", "Validity", (), ("senderscore",),
                 "https://senderscore.org/", None, _REF),
    BlocklistRow("symantec-ess", "Broadcom/Symantec Email Security.cloud", "Broadcom", (), ("ipremoval",),
                 "https://ipremoval.sms.symantec.com/", None, _REF),
    BlocklistRow("microsoft-eop", "Microsoft Blocklist 1 (Exchange Online Protection)", "Microsoft", (),
                 ("blocklist 1", "delist@messaging.microsoft.com", "banned sending ip", "sender.office.com"),
                 "https://sender.office.com/", "delist@messaging.microsoft.com",
                 "https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-"
                 "remove-themselves-from-the-blocked-senders-list"),
    BlocklistRow("microsoft-outlookcom", "Outlook.com / Hotmail block list", "Microsoft", (),
                 ("part of their network is on our block list", "sendersupport.olc.protection.outlook.com"),
                 "https://sendersupport.olc.protection.outlook.com/pm/policies.aspx", None,
                 "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    BlocklistRow("comcast", "Comcast / Xfinity block list", "Comcast", (), ("comcast block for spam",),
                 "http://postmaster.comcast.net/block-removal-request.html", None,
                 "http://postmaster.comcast.net/smtp-error-codes.php"),
    BlocklistRow("gmx-webde", "United Internet (GMX, WEB.DE, mail.com) block list", "United Internet", (),
                 ("ip address is black listed",), "https://postmaster.gmx.net/en/contact", None,
                 "https://postmaster.gmx.net/en/error-messages"),
    BlocklistRow("t-online", "Deutsche Telekom T-Online reputation list", "Deutsche Telekom", (), (),
                 "https://postmaster.t-online.de/index.en.html", "tobr@rx.t-online.de",
                 "https://postmaster.t-online.de/index.en.html"),
)

#: (provider, code as matched by its `CodeRule`) -> blocklist id.
CODE_LISTS: Final[dict[tuple[str, str], str]] = {
    ("yahoo", "bl21"): "spamhaus",
    ("yahoo", "bl22"): "spamhaus",
    ("yahoo", "bl23"): "spamhaus-xbl",
    ("godaddy", "103"): "cloudmark-csi",
    ("godaddy", "104"): "spamhaus-sbl",
    ("godaddy", "105"): "spamhaus-xbl",
    ("godaddy", "106"): "spamhaus-pbl",
    ("comcast", "bl000001"): "spamhaus-zen",
    ("comcast", "bl000010"): "cloudmark-csi",
    ("comcast", "bl000000"): "comcast",
    ("comcast", "bl000011"): "comcast",
    ("comcast", "bl000100"): "senderscore",
    ("orange", "102"): "cloudmark-csi",
    ("united-internet", "bip"): "gmx-webde",
    ("t-online", "bl"): "t-online",
    ("t-online", "nowl"): "t-online",
    ("microsoft", "s3150"): "microsoft-outlookcom",
    ("microsoft", "s3140"): "microsoft-outlookcom",
    ("microsoft", "as3140"): "microsoft-outlookcom",
    ("microsoft", "as3150"): "microsoft-outlookcom",
    ("microsoft", "as16012609"): "microsoft-eop",
}

#: URLs on these hosts (or their subdomains) are lookup or removal pages.
DELIST_HOSTS: Final[tuple[str, ...]] = (
    "spamhaus.org", "spamhaus.com", "barracudacentral.org", "spamcop.net", "sorbs.net", "uceprotect.net",
    "cloudmark.com", "proofpoint.com", "mail-abuse.com", "trendmicro.com", "talosintelligence.com",
    "senderbase.org", "sender.office.com", "ipremoval.sms.symantec.com", "psbl.org", "surriel.com",
    "mailspike.org", "mailspike.net", "spamrats.com", "invaluement.com", "abusix.com", "spameatingmonkey.com",
    "junkemailfilter.com", "unsubscore.com", "nixspam.net", "manitu.net", "senderscore.org", "mxtoolbox.com",
    "multirbl.valli.org", "abuseat.org", "sendersupport.olc.protection.outlook.com", "rbl.att.net",
)

#: Words in a URL's path or query that make it a lookup/removal page wherever it is hosted.
DELIST_PATH_WORDS: Final[tuple[str, ...]] = (
    "delist", "removal", "remove", "unblock", "unlist", "rbl", "dnsbl", "blacklist", "blocklist", "lookup",
    "reset-request", "reputation", "block-removal", "block_admin", "notspam", "ipcheck", "rblcheck",
)

#: Phrases of DNSBL error answers (the receiver's resolver is refused, not the sender listed).
MISCONFIGURED: Final[tuple[str, ...]] = (
    "open resolver", "/returnc/", "127.255.255.252", "127.255.255.254", "127.255.255.255",
    "excessive number of queries", "public resolver", "query refused",
)
