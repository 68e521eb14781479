// Real-world shaped bounce and complaint messages for the inbound listener tests: the RFC 3464 and
// RFC 5965 examples (addresses and Message-IDs swapped for the test's), and the formats Gmail, Outlook
// (Exchange Online) and Amazon SES send.
const CRLF = (s: string) => s.replace(/\r?\n/g, "\r\n");

export type Original = { to: string; messageId: string };

function originalHeaders(o: Original) {
  return `From: "Weekly Outlook" <newsletter@weekly-outlook.test>\nTo: <${o.to}>\nSubject: Weekly Outlook #12\nDate: Tue, 01 Dec 2026 08:00:00 +0000\nMessage-ID: ${o.messageId}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8`;
}

/** RFC 3464 Appendix example (simple DSN), here with a given status. */
export function rfc3464Dsn(o: Original, { status = "4.0.0", diagnostic = "smtp; 426 connection timed out", action = "failed" } = {}) {
  return CRLF(`Date: Thu, 7 Jul 1994 17:16:05 -0400
From: Mail Delivery Subsystem <MAILER-DAEMON@CS.UTK.EDU>
Message-Id: <${Math.random().toString(36).slice(2)}.RAA14128@CS.UTK.EDU>
Subject: Returned mail: Cannot send message for 5 days
To: <owner-info-mime@cs.utk.edu>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="RAA14128.773615765/CS.UTK.EDU"

--RAA14128.773615765/CS.UTK.EDU

The original message was received at Sat, 2 Jul 1994 17:10:28 -0400
from root@localhost

   ----- The following addresses had delivery problems -----
<${o.to}>  (unrecoverable error)

--RAA14128.773615765/CS.UTK.EDU
content-type: message/delivery-status

Reporting-MTA: dns; cs.utk.edu

Original-Recipient: rfc822;${o.to}
Final-Recipient: rfc822;${o.to}
Action: ${action}
Status: ${status}
Diagnostic-Code: ${diagnostic}
Last-Attempt-Date: Thu, 7 Jul 1994 17:15:49 -0400

--RAA14128.773615765/CS.UTK.EDU
content-type: message/rfc822

${originalHeaders(o)}

Hello.
--RAA14128.773615765/CS.UTK.EDU--
`);
}

/** Gmail's "Address not found" bounce. */
export function gmailDsn(o: Original) {
  return CRLF(`Delivered-To: bounces@weekly-outlook.test
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: newsletter@weekly-outlook.test
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
Message-ID: <${Math.random().toString(36).slice(2)}@mx.google.com>
Date: Tue, 01 Dec 2026 08:00:05 -0800
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b1a2c3d4e5f60718"; report-type=delivery-status

--000000000000b1a2c3d4e5f60718
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to ${o.to} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.

--000000000000b1a2c3d4e5f60718
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; newsletter@weekly-outlook.test
Arrival-Date: Tue, 01 Dec 2026 08:00:04 -0800 (PST)
X-Original-Message-ID: ${o.messageId}

Final-Recipient: rfc822; ${o.to}
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1b, the server
 for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
 not exist. Please try 550-5.1.1 double-checking the recipient's email address
 for typos or 550-5.1.1 unnecessary spaces. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser
Last-Attempt-Date: Tue, 01 Dec 2026 08:00:05 -0800 (PST)

--000000000000b1a2c3d4e5f60718
Content-Type: message/rfc822

${originalHeaders(o)}

Hello.
--000000000000b1a2c3d4e5f60718--
`);
}

/** Exchange Online (Outlook.com / Microsoft 365) non-delivery report. */
export function outlookNdr(o: Original) {
  return CRLF(`From: postmaster@outlook.com
To: <newsletter@weekly-outlook.test>
Date: Tue, 1 Dec 2026 08:00:06 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="ccb1f3f5-3b8d-4c4e-9a8e-3d2f7c5e1a90"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <${Math.random().toString(36).slice(2)}@AM6PR01MB1234.eurprd01.prod.exchangelabs.com>
In-Reply-To: ${o.messageId}
Subject: Undeliverable: Weekly Outlook #12
Auto-Submitted: auto-replied

--ccb1f3f5-3b8d-4c4e-9a8e-3d2f7c5e1a90
Content-Type: text/plain; charset="us-ascii"

Your message to ${o.to} couldn't be delivered.
${o.to.split("@")[0]} wasn't found at ${o.to.split("@")[1]}.

--ccb1f3f5-3b8d-4c4e-9a8e-3d2f7c5e1a90
Content-Type: message/delivery-status

Reporting-MTA: dns;AM6PR01MB1234.eurprd01.prod.exchangelabs.com
Received-From-MTA: dns;mail.weekly-outlook.test
Arrival-Date: Tue, 1 Dec 2026 08:00:05 +0000

Original-Recipient: rfc822;${o.to}
Final-Recipient: rfc822;${o.to}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ${o.to} not found by SMTP address lookup

--ccb1f3f5-3b8d-4c4e-9a8e-3d2f7c5e1a90
Content-Type: text/rfc822-headers

${originalHeaders(o)}

--ccb1f3f5-3b8d-4c4e-9a8e-3d2f7c5e1a90--
`);
}

/** The DSN Amazon SES mails to the return path (email feedback forwarding), here a full mailbox. */
export function sesDsn(o: Original) {
  return CRLF(`From: MAILER-DAEMON@amazonses.com
To: newsletter@weekly-outlook.test
Subject: Delivery Status Notification (Failure)
Message-ID: <0100018c${Math.random().toString(16).slice(2)}-000000@email.amazonses.com>
Date: Tue, 1 Dec 2026 08:00:07 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="----=_Part_2134_1187263474.1701417607000"

------=_Part_2134_1187263474.1701417607000
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

An error occurred while trying to deliver the mail to the following recipients:
${o.to}
------=_Part_2134_1187263474.1701417607000
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns; a8-52.smtp-out.amazonses.com

Final-Recipient: rfc822; ${o.to}
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

------=_Part_2134_1187263474.1701417607000
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 7bit

${originalHeaders(o)}
------=_Part_2134_1187263474.1701417607000--
`);
}

/** RFC 5965 Appendix B.1 (the simple ARF report), in Yahoo's feedback-loop dress. */
export function arfReport(o: Original, feedbackType = "abuse") {
  return CRLF(`From: <staff@hotmail.com>
Date: Thu, 8 Mar 2005 17:40:36 EDT
Subject: FW: Weekly Outlook #12
To: <abuse@weekly-outlook.test>
Message-ID: <${Math.random().toString(36).slice(2)}@feedback.yahoo.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
     boundary="part1_13d.2e68ed54_boundary"

--part1_13d.2e68ed54_boundary
Content-Type: text/plain; charset="US-ASCII"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP
192.0.2.1 on Thu, 8 Mar 2005 14:00:00 EDT.  For more information
about this format please see http://www.mipassoc.org/arf/.

--part1_13d.2e68ed54_boundary
Content-Type: message/feedback-report

Feedback-Type: ${feedbackType}
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 1
Original-Mail-From: <newsletter@weekly-outlook.test>
Original-Rcpt-To: <${o.to}>
Arrival-Date: Thu, 8 Mar 2005 14:00:00 EDT
Reporting-MTA: dns; mail.example.com
Source-IP: 192.0.2.1
Authentication-Results: mail.example.com;
               spf=pass smtp.mail=newsletter@weekly-outlook.test
Reported-Domain: weekly-outlook.test

--part1_13d.2e68ed54_boundary
Content-Type: message/rfc822
Content-Disposition: inline

${originalHeaders(o)}

Hello.
--part1_13d.2e68ed54_boundary--
`);
}
