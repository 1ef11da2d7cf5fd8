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
    "BLOCKLISTS", "CODE_LISTS", "DELIST_HOSTS", "DELIST_PATH_WORDS", "DOMAIN_LISTS", "MISCONFIGURED", "UMBRELLAS",
    "BlocklistRow",
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

BLOCKLISTS: Final[tuple[BlocklistRow, ...]] = (
    BlocklistRow(id="spamhaus", name="Spamhaus (unspecified list)", operator=_SH, zones=(),
                 markers=("spamhaus", "spamhaus.org", "check.spamhaus.org"), delist_url="https://check.spamhaus.org/",
                 delist_email=None, source=_SH_SRC),
    BlocklistRow(id="spamhaus-zen", name="Spamhaus ZEN", operator=_SH,
                 zones=("zen.spamhaus.org", "zen.dq.spamhaus.net"), markers=("spamhaus zen", "spamhaus-zen"),
                 delist_url="https://check.spamhaus.org/", delist_email=None, source=_SH_SRC),
    BlocklistRow(id="spamhaus-sbl", name="Spamhaus Block List (SBL)", operator=_SH, zones=("sbl.spamhaus.org",),
                 markers=("spamhaus sbl", "spamhaus block list", "spamhaus.org/sbl/query/sbl"),
                 delist_url="https://check.spamhaus.org/", delist_email=None, source=_SH_SRC),
    BlocklistRow(id="spamhaus-css", name="Spamhaus CSS", operator=_SH, zones=(), markers=("spamhaus css", "sblcss"),
                 delist_url="https://check.spamhaus.org/", delist_email=None, source=_SH_SRC),
    BlocklistRow(id="spamhaus-xbl", name="Spamhaus Exploits Block List (XBL)", operator=_SH,
                 zones=("xbl.spamhaus.org", "cbl.abuseat.org"),
                 markers=("spamhaus xbl", "exploits block list", "cbl.abuseat.org"),
                 delist_url="https://check.spamhaus.org/", delist_email=None, source=_SH_SRC),
    BlocklistRow(id="spamhaus-pbl", name="Spamhaus Policy Block List (PBL)", operator=_SH, zones=("pbl.spamhaus.org",),
                 markers=("spamhaus pbl", "policy block list", "spamhaus.org/pbl"),
                 delist_url="https://check.spamhaus.org/", delist_email=None, source=_SH_SRC),
    BlocklistRow(id="spamhaus-dbl", name="Spamhaus Domain Block List (DBL)", operator=_SH, zones=("dbl.spamhaus.org",),
                 markers=("spamhaus dbl", "domain block list", "spamhaus.org/dbl"),
                 delist_url="https://www.spamhaus.org/query/lookup/", delist_email=None, source=_SH_SRC),
    BlocklistRow(id="uribl", name="URIBL", operator="URIBL",
                 zones=("multi.uribl.com", "black.uribl.com", "grey.uribl.com"), markers=("uribl",),
                 delist_url="https://admin.uribl.com/", delist_email=None,
                 source="https://uribl.com/about.shtml (URI/domain lists)"),
    BlocklistRow(id="surbl", name="SURBL", operator="SURBL", zones=("multi.surbl.org",), markers=("surbl",),
                 delist_url="https://www.surbl.org/surbl-analysis", delist_email=None,
                 source="https://www.surbl.org/lists (domain lists)"),
    BlocklistRow(id="barracuda-brbl", name="Barracuda Reputation Block List (BRBL)", operator="Barracuda Networks",
                 zones=("b.barracudacentral.org", "bb.barracudacentral.org"),
                 markers=("barracuda reputation", "barracudacentral", "barracudanetworks.com/reputation"),
                 delist_url="http://www.barracudacentral.org/rbl/removal-request", delist_email=None,
                 source="https://www.barracudacentral.org/rbl/how-to-use"),
    BlocklistRow(id="spamcop", name="SpamCop Blocking List (SCBL)", operator="Cisco (SpamCop)",
                 zones=("bl.spamcop.net",), markers=("spamcop", "scbl"), delist_url="https://www.spamcop.net/bl.shtml",
                 delist_email=None, source="https://www.spamcop.net/fom-serve/cache/291.html"),
    BlocklistRow(id="sorbs", name="SORBS", operator="SORBS",
                 zones=("dnsbl.sorbs.net", "dul.dnsbl.sorbs.net", "spam.dnsbl.sorbs.net",
                                           "new.spam.dnsbl.sorbs.net", "recent.spam.dnsbl.sorbs.net",
                                           "problems.dnsbl.sorbs.net", "safe.dnsbl.sorbs.net"),
                 markers=("sorbs",), delist_url=None, delist_email=None,
                 source="http://www.sorbs.net/ (the operator's site; SORBS closed in 2024)"),
    BlocklistRow(id="uceprotect-l1", name="UCEPROTECT Level 1", operator="UCEPROTECT-Network",
                 zones=("dnsbl-1.uceprotect.net",),
                 markers=("uceprotect level 1", "uceprotect-level1", "uceprotect-level 1", "uceprotect"),
                 delist_url="http://www.uceprotect.net/en/rblcheck.php", delist_email=None,
                 source="http://www.uceprotect.net/en/index.php?m=3&s=3"),
    BlocklistRow(id="uceprotect-l2", name="UCEPROTECT Level 2", operator="UCEPROTECT-Network",
                 zones=("dnsbl-2.uceprotect.net",),
                 markers=("uceprotect level 2", "uceprotect-level2", "uceprotect-level 2"),
                 delist_url="http://www.uceprotect.net/en/rblcheck.php", delist_email=None,
                 source="http://www.uceprotect.net/en/index.php?m=3&s=4"),
    BlocklistRow(id="uceprotect-l3", name="UCEPROTECT Level 3", operator="UCEPROTECT-Network",
                 zones=("dnsbl-3.uceprotect.net",),
                 markers=("uceprotect level 3", "uceprotect-level3", "uceprotect-level 3"),
                 delist_url="http://www.uceprotect.net/en/rblcheck.php", delist_email=None,
                 source="http://www.uceprotect.net/en/index.php?m=3&s=5"),
    BlocklistRow(id="psbl", name="Passive Spam Block List (PSBL)", operator="Rik van Riel", zones=("psbl.surriel.com",),
                 markers=("psbl",), delist_url="https://psbl.org/", delist_email=None, source="https://psbl.org/"),
    BlocklistRow(id="mailspike", name="Mailspike", operator="Mailspike", zones=("bl.mailspike.net", "z.mailspike.net"),
                 markers=("mailspike",), delist_url="https://mailspike.org/", delist_email=None,
                 source="https://mailspike.org/"),
    BlocklistRow(id="spamrats", name="SpamRATS", operator="SpamRATS",
                 zones=("all.spamrats.com", "dyna.spamrats.com", "noptr.spamrats.com",
                                                    "spam.spamrats.com"),
                 markers=("spamrats",), delist_url="https://www.spamrats.com/", delist_email=None,
                 source="https://www.spamrats.com/"),
    BlocklistRow(id="invaluement", name="Invaluement", operator="Invaluement", zones=(),
                 markers=("invaluement", "ivmsip", "ivmuri"), delist_url="https://www.invaluement.com/lookup/",
                 delist_email=None,
                 source="https://www.invaluement.com/"),
    BlocklistRow(id="abusix", name="Abusix Mail Intelligence", operator="Abusix", zones=("combined.mail.abusix.zone",),
                 markers=("abusix",), delist_url="https://lookup.abusix.com/", delist_email=None,
                 source="https://abusix.com/ (Abusix Mail Intelligence)"),
    BlocklistRow(id="sem", name="Spam Eating Monkey (SEM)", operator="Spam Eating Monkey",
                 zones=("bl.spameatingmonkey.net", "backscatter.spameatingmonkey.net"), markers=("spameatingmonkey",),
                 delist_url="https://spameatingmonkey.com/", delist_email=None,
                 source="https://spameatingmonkey.com/"),
    BlocklistRow(id="hostkarma", name="Hostkarma (Junk Email Filter)", operator="Junk Email Filter",
                 # Not the operator's bare domain: "junkemailfilter.com" also names Junk Email Filter as the party
                 # that verified a sender ("tells junkemailfilter.com that the sender's email address ... is not
                 # a valid", Exim wiki AclSmtpData), no listing (round r48rep); its zone names the list.
                 zones=("hostkarma.junkemailfilter.com",), markers=("hostkarma",), delist_url=None,
                 delist_email=None, source="https://wiki.junkemailfilter.com/index.php/Spam_DNS_Lists"),
    BlocklistRow(id="0spam", name="0spam", operator="0spam",
                 zones=("0spam.fusionzero.com", "0spam-killlist.fusionzero.com"), markers=("0spam",), delist_url=None,
                 delist_email=None, source="https://0spam.org/"),
    BlocklistRow(id="lashback", name="LashBack Unsubscribe Blacklist (UBL)", operator="LashBack",
                 zones=("ubl.unsubscore.com",), markers=("lashback", "unsubscore"), delist_url=None, delist_email=None,
                 source="https://blacklist.lashback.com/"),
    BlocklistRow(id="nixspam", name="NiX Spam", operator="iX / heise", zones=("ix.dnsbl.manitu.net",),
                 markers=("nixspam", "nix spam", "manitu"), delist_url="https://www.nixspam.net/", delist_email=None,
                 source="https://www.nixspam.net/"),
    BlocklistRow(id="cisco-talos", name="Cisco Talos / SenderBase reputation", operator="Cisco Talos", zones=(),
                 markers=("talosintelligence", "senderbase"),
                 delist_url="https://talosintelligence.com/reputation_center", delist_email=None,
                 source="https://talosintelligence.com/reputation_center"),
    BlocklistRow(id="proofpoint-dnsbl", name="Proofpoint IP reputation", operator="Proofpoint",
                 zones=("prs.proofpoint.com",),
                 markers=("dnsbl-lookup", "ipcheck.proofpoint.com", "prs.proofpoint.com"),
                 delist_url="https://ipcheck.proofpoint.com/", delist_email=None,
                 source="https://ipcheck.proofpoint.com/"),
    BlocklistRow(id="cloudmark-csi", name="Cloudmark Sender Intelligence (CSI)", operator="Cloudmark (Proofpoint)",
                 zones=(), markers=("cloudmark", "csi.cloudmark.com"), delist_url="https://csi.cloudmark.com/en/reset/",
                 delist_email=None, source="https://csi.cloudmark.com/en/reset/"),
    BlocklistRow(id="trendmicro-ers", name="Trend Micro Email Reputation Services (ERS)", operator="Trend Micro",
                 zones=(),
                 markers=("trend micro rbl", "mail-abuse.com", "ers-dul", "ers-rbl", "ers-qil", "ers.trendmicro.com",
                  "servicecentral.trendmicro.com", "email reputation services",
                  # The service's name in the singular, as Worry-Free Business Security writes it ("Your email
                  # messages have been blocked by Trend Micro Email Reputation Service": Trend Micro KB 1056643).
                  "trend micro email reputation service"),
                 delist_url="https://servicecentral.trendmicro.com/en-US/ers/", delist_email=None,
                 source="https://servicecentral.trendmicro.com/en-US/ers/"),
    BlocklistRow(id="mimecast", name="Mimecast gateway reputation", operator="Mimecast", zones=(),
                 markers=("local ct ip reputation",), delist_url="https://community.mimecast.com/docs/DOC-1369",
                 delist_email=None, source="https://community.mimecast.com/docs/DOC-1369"),
    BlocklistRow(id="senderscore", name="Validity SenderScore blocklist", operator="Validity", zones=(),
                 markers=("senderscore",), delist_url="https://senderscore.org/", delist_email=None,
                 source="https://senderscore.org/"),
    BlocklistRow(id="symantec-ess", name="Broadcom/Symantec Email Security.cloud", operator="Broadcom", zones=(),
                 markers=("ipremoval",), delist_url="https://ipremoval.sms.symantec.com/", delist_email=None,
                 source="https://ipremoval.sms.symantec.com/"),
    BlocklistRow(id="microsoft-eop", name="Microsoft Blocklist 1 (Exchange Online Protection)", operator="Microsoft",
                 zones=(),
                 markers=("blocklist 1", "delist@messaging.microsoft.com", "banned sending ip", "sender.office.com"),
                 delist_url="https://sender.office.com/", delist_email="delist@messaging.microsoft.com",
                 source="https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-"
                 "remove-themselves-from-the-blocked-senders-list"),
    BlocklistRow(id="microsoft-outlookcom", name="Outlook.com / Hotmail block list", operator="Microsoft", zones=(),
                 markers=("part of their network is on our block list", "sendersupport.olc.protection.outlook.com"),
                 delist_url="https://sendersupport.olc.protection.outlook.com/pm/policies.aspx", delist_email=None,
                 source="https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"),
    BlocklistRow(id="comcast", name="Comcast / Xfinity block list", operator="Comcast", zones=(),
                 markers=("comcast block for spam",),
                 delist_url="http://postmaster.comcast.net/block-removal-request.html", delist_email=None,
                 source="http://postmaster.comcast.net/smtp-error-codes.php"),
    BlocklistRow(id="gmx-webde", name="United Internet (GMX, WEB.DE, mail.com) block list", operator="United Internet",
                 zones=(), markers=("ip address is black listed", "ip address is block listed"),
                 delist_url="https://postmaster.gmx.net/en/contact",
                 delist_email=None, source="https://postmaster.gmx.net/en/error-messages"),
    BlocklistRow(id="t-online", name="Deutsche Telekom T-Online reputation list", operator="Deutsche Telekom", zones=(),
                 markers=(), delist_url="https://postmaster.t-online.de/index.en.html",
                 delist_email="tobr@rx.t-online.de", source="https://postmaster.t-online.de/index.en.html"),
)

#: Rows that name only an operator ("spamhaus.org"), with the short names of its lists: a reply naming the
#: operator and one of those names ("blocked using ZEN", "SBLCSS") names that list. Source:
#: https://www.spamhaus.org/blocklists/ (the lists and their short names).
UMBRELLAS: Final[dict[str, dict[str, str]]] = {
    # In order of preference when several are written: ZEN is the list queried ("zen.spamhaus.org;
    # .../sbl/query/SBLCSS"), then the most specific one.
    "spamhaus": {
        "zen": "spamhaus-zen", "sblcss": "spamhaus-css", "css": "spamhaus-css", "xbl": "spamhaus-xbl",
        "cbl": "spamhaus-xbl", "pbl": "spamhaus-pbl", "dbl": "spamhaus-dbl", "sbl": "spamhaus-sbl",
    },
}

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
    "troubleshoot",
)

#: Words in a URL's path or query that make it a form for asking to be let through (an allow-list or whitelist
#: request: "554 5.7.1 Service unavailable(4); See http://www.buffalo.edu/ubit/forms/email-whitelist.html", the
#: University at Buffalo's block page). The other side of a block list: a page for getting unblocked, and a reply
#: that offers one says by that that its refusal concerns the sender, whatever reason its other words give
#: (`bouncelib._classify._lists.delist_contacts`; round r58pd).
ALLOW_PATH_WORDS: Final[tuple[str, ...]] = ("whitelist", "allowlist", "allow-list")

#: Phrases of DNSBL error answers (the receiver's resolver is refused, not the sender listed).
MISCONFIGURED: Final[tuple[str, ...]] = (
    "open resolver", "/returnc/", "127.255.255.252", "127.255.255.254", "127.255.255.255",
    "excessive number of queries", "public resolver", "query refused",
    # The list could not be asked for now (sendmail FEATURE(enhdnsbl) and FEATURE(rhsbl) with the 't' flag:
    # "451 Temporary lookup failure of <ip> at <list>"): the receiver's DNS failed, no listing was found.
    "temporary lookup failure",
)
