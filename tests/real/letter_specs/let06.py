"""let06: Wales (the Gwent PCC office, Gwent Police via a blog, South Wales Police, the Isle of
Anglesey council), Northern Ireland (the Police Ombudsman, the Policing Board), the Highways
Agency on a speed camera partnership, Essex, and Scotland (Police Scotland NCND and refusals,
the Scottish Ministers, SFRS).

Facts are those of the real response at `source_url`; the words are new. Where the stored copy
stopped short, or the letter is rebuilt from a decision that summarises it, the notes say so.
"""
from tests.real.letter_specs import FOIA_RIGHTS, FOISA_RIGHTS

PS_HEAD = ["Police Scotland", "Information Management", "Clyde Gateway", "2 French Street", "Glasgow", "G40 4EH"]
GWENT_OPCC_HEAD = ["Office of the Police and Crime Commissioner for Gwent", "Swyddfa Comisiynydd yr Heddlu a Throseddu Gwent",
                   "Police Headquarters", "Turnpike Road", "Croesyceiliog NP44 2XJ"]
SWP_HEAD = ["South Wales Police", "Heddlu De Cymru", "Freedom of Information Unit", "Police Headquarters", "Cowbridge Road", "Bridgend CF31 3SU"]

LETTERS = [
    # ------------------------------------------------------------------ 01 Gwent OPCC diary (pdf)
    dict(
        n=1, kind="pdf",
        source_url="https://www.gwent.pcc.police.uk/en/disclosure-log/21021/",
        footer_url="www.gwent.pcc.police.uk", page_numbers=True, letterhead=GWENT_OPCC_HEAD,
        blocks=[
            ("h", "Request for the PCC business diary from 1st April 2020 to 31st March 2021."),
            ("p", "Reference: 21021"),
            ("p", "Date Added: Monday, September 6, 2021"),
            ("p", "Thank you for your recent request under the Freedom of Information Act (FOIA) 2000, for the business diary of the Commissioner from April 1st 2020 to March 31st 2021, showing for each meeting or engagement its length, the attendees and the subject."),
            ("h", "Refusal Notice - 21021"),
            ("p", "I can confirm that we hold this information, but we cannot answer your request without exceeding the appropriate cost limit. Finding the attendees and subjects would mean reviewing the agendas and minutes of many meetings, and a single meeting may cover several subjects."),
            ("p", "Section 12 of the FOIA allows a public authority to refuse a request where the cost of dealing with it would exceed the appropriate limit of \u00a3450, calculated at \u00a325 an hour (18 hours)."),
            ("p", "There are 12 calendar months, each with at least 20 working days (more where the Commissioner attended weekend engagements). Allowing 16 minutes a day to review the diary (2 minutes per hour of the calendar), 20 days x 16 mins = 320 mins (5 hours and 20 minutes) a month, x 12 = around 64 hours and \u00a31,600. We therefore cannot answer the request, and the exemption above is engaged."),
            ("p", "Section 16 of the FOIA requires us to give advice and assistance so that a request can fall within the limit: a request for the diary of a single month, or for a list of meetings without attendees, is likely to be possible."),
        ],
        label=dict(
            authority="Office of the Police and Crime Commissioner for Gwent", regime="FOIA", reference="21021",
            grounds=["s12"], mentioned=["s16"], outcome="refused",
            body=["20 days x 16 mins = 320 mins (5 hours and 20 minutes) a month, x 12 = around 64 hours and \u00a31,600."],
            notes="Welsh PCC office (bilingual letterhead). Held but refused on cost with the estimate worked through (the copy's figures: 16 minutes a day, 320 mins, around 64 hours and \u00a31,600) and s16 advice -> refused (the issue's 'refusal with advice read as partial' kind). 'Date Added' is the log date, not a response date. The advice's examples are my completion.",
        ),
    ),
    # ------------------------------------------------------------------ 02 Gwent OPCC hunts (text)
    dict(
        n=2, kind="text",
        source_url="https://www.gwent.pcc.police.uk/en/disclosure-log/17005/",
        text_preamble=["Skip to main content", "Cymraeg", "Office of the Police and Crime Commissioner for Gwent",
                       "Home > Transparency > Disclosure log", "OPCC Policy relating to the Policing of Illegal Hunts and General Performance Information",
                       "Reference: 17005", "Date Added: Tuesday, February 21, 2017", "Category: Miscellaneous", "Disclosure Details"],
        text_postamble=["Share this:", "Facebook  X  Email", "Back to disclosure log"],
        blocks=[
            ("p", "1. What is the official policy of the PCC on police forces failing to police illegal hunts properly and to act when given evidence of assault and intimidation? 2. If the PCC does not hold that, does it hold any information on any subject about the performance of its police forces, and of what type? 3. An answer to question 5 of the earlier request: what is your official policy on policing illegal hunts using dogs?"),
            ("p", "Section 1 of the Freedom of Information Act 2000 (FOIA) places two duties on public authorities: subject to exemptions, to confirm or deny whether the information asked for is held (Section 1(1)(a)), and to disclose information confirmed as held (Section 1(1)(b))."),
            ("p", "We can confirm that the Office of the Police and Crime Commissioner for Gwent holds part of the information you seek."),
            ("p", "However, it will not be possible to answer your request within the cost limit, by virtue of section 12(1) of the FOIA. Once one part of a request exceeds the limit the whole request is exempt, and there is no duty to answer any part of it."),
            ("p", "In accordance with section 17(5) of the FOIA this email is a Refusal Notice and closes this request, reference number 17/05."),
        ],
        label=dict(
            authority="Office of the Police and Crime Commissioner for Gwent", regime="FOIA", reference="17005",
            grounds=["s12(1)"], mentioned=["s1(1)(a)", "s1(1)(b)", "s17(5)"], outcome="refused",
            body=["In accordance with section 17(5) of the FOIA this email is a Refusal Notice and closes this request, reference number 17/05."],
            chrome=["Skip to main content", "Share this:", "Back to disclosure log"],
            notes="Page text of a Welsh PCC log entry. The reference is written two ways: '17005' on the page and '17/05' in the letter's last line (trap; the log number is labelled). 'Partly held' but the whole request refused on cost -> refused. The page's own 'Date Added' is the log date. The requester's word 'official' appears in the request (no OFFICIAL marking here).",
        ),
    ),
    # ------------------------------------------------------------------ 03 Gwent Police PNC markers (text, blog)
    dict(
        n=3, kind="text",
        source_url="https://carcrime.uk/?p=12792",
        text_preamble=["CarCrime.uk - vehicle crime, insurance and the police", "Gwent Police - PNC lost/stolen markers",
                       "24/11/2025 Request",
                       "I asked Gwent Police for the PNC Daily Activity Files for lost/stolen vehicle reports since 01/09/2025, the dates any unconfirmed markers were confirmed, the checks and audit logs for control room staff creating such records, and the enquiries made before a report is confirmed.",
                       "17/12/2025 Gwent Response"],
        text_postamble=["Filed under: Police, PNC", "Leave a comment", "\u00a9 CarCrime.uk | Privacy | Contact"],
        blocks=[
            ("p", "FREEDOM OF INFORMATION REQUEST 2025/29098"),
            ("p", "Dear requester,"),
            ("p", "Thank you for your recent request under the Freedom of Information Act 2000."),
            ("p", "Section 1 of the Act places two duties on public authorities: unless exemptions apply, to confirm or deny whether the information specified in a request is held (Section 1(1)(a)), and to disclose information confirmed as held (Section 1(1)(b))."),
            ("h", "RESPONSE"),
            ("p", "The Daily Activity Files are exempt under Section 31(1)(a)(b) - 'Law Enforcement' of the Act. The files would show how, and how quickly, the force acts on vehicle theft reports, which would help those trying to move stolen vehicles without detection."),
            ("p", "When a lost or stolen report is created on the PNC by a control room operator, the operator's identity and the time are recorded automatically in the record's audit trail, and confirmation is carried out by the Vehicle Crime Unit once the theft has been verified."),
            ("p", "The dates of confirmation and the enquiries made before confirmation are held only within individual records and are not recorded in a form that can be reported, so this information is not held."),
        ],
        label=dict(
            authority="Gwent Police", regime="FOIA", reference="2025/29098",
            grounds=["s31(1)(a)", "s31(1)(b)"], mentioned=["s1(1)(a)", "s1(1)(b)"], outcome="partial",
            body=["Thank you for your recent request under the Freedom of Information Act 2000."],
            chrome=["Filed under: Police, PNC", "Leave a comment"],
            notes="Welsh force's reply quoted on a campaigner's blog (request 24/11/2025, response 17/12/2025; the blog's intro and chrome are reworded). The copy holds the reference and the s31(1)(a)(b) heading; the explanation of the audit trail and the not-held part are my completion -> partial.",
        ),
    ),
    # ------------------------------------------------------------------ 04 Isle of Anglesey review (pdf)
    dict(
        n=4, kind="pdf",
        source_url="https://docsbay.net/internal-review-on-the-response-to-a-freedom-of-information-request-ir-07-foi-368-mr",
        footer_url="www.anglesey.gov.wales", page_numbers=True,
        letterhead=["Isle of Anglesey County Council", "Cyngor Sir Ynys M\u00f4n", "Council Offices", "Llangefni LL77 7TW"],
        blocks=[
            ("h", "Internal Review on the response to a Freedom of Information request - IR/07 (FOI 368)"),
            ("p", "The request for an Internal Review was received on 27th October 2016 and the review was carried out on 21st November 2016."),
            ("h", "Background and the Review"),
            ("p", "On the 17th October 2016 you asked how four trading standards officers travelled to an operation on taxi checks at Uxbridge Square, Menai Bridge, on the 18th March 2016: by personal car or council vehicle and how many vehicles; for any council vehicle, its make, model, colour and registration number; and, for any personal car, whether it was insured for business use at 23.00hrs that night."),
            ("p", "The original response declined to give these details, on the ground that describing the vehicles used in enforcement operations would prejudice future operations."),
            ("p", "Having reviewed the request, I have decided that the number and type of vehicles can be given without harm: the officers travelled in 1 x council owned vehicle."),
            ("p", "The make, model, colour and registration number of that vehicle remain withheld under section 31(1)(a) of the Act, as they would allow the vehicle to be recognised during future test purchases and checks. Questions about the insurance of personal cars do not arise."),
            ("p", "If you remain dissatisfied, you may apply to the Information Commissioner."),
            ("sign", ["Head of Democratic Services", "Isle of Anglesey County Council"]),
        ],
        label=dict(
            authority="Isle of Anglesey County Council", regime="FOIA", reference="IR/07 (FOI 368)",
            grounds=["s31(1)(a)"], outcome="partial", date="2016-11-21",
            body=["Having reviewed the request, I have decided that the number and type of vehicles can be given without harm: the officers travelled in 1 x council owned vehicle."],
            notes="Welsh council (bilingual letterhead), internal review on an enforcement subject. Combined reference 'IR/07 (FOI 368)' (review number with the original request number in brackets). The copy gives the dates (request 17th October 2016; review request 27th October 2016, written '27th October 2016September' there; review 21st November 2016) and the request; the review's findings are my completion -> partial (vehicle type given, details withheld under s31(1)(a)). The requester's name is left out.",
        ),
    ),
    # ------------------------------------------------------------------ 05 Police Ombudsman NI (pdf)
    dict(
        n=5, kind="pdf",
        source_url="https://beta.bailii.org/uk/cases/UKFTT/GRC/2023/900.html",
        footer_url="www.policeombudsman.org", page_numbers=True, marking="OFFICIAL",
        letterhead=["Police Ombudsman for Northern Ireland", "New Cathedral Buildings", "11 Church Street", "Belfast BT1 1PG"],
        blocks=[
            ("h", "Freedom of Information Act 2000 - your request"),
            ("p", "Dear Mr Rainey"),
            ("p", "You asked for information held by the Office about matters it considered in the course of a complaint investigation."),
            ("p", "The Office holds information within the scope of your request, but it is exempt from disclosure under section 44(1)(a) of the Act, because its disclosure is prohibited by section 63 of the Police (Northern Ireland) Act 1998, which restricts the disclosure of information received by the Ombudsman in the course of her duties."),
            ("p", "Section 44 is an absolute exemption, so the public interest need not be considered."),
            ("p", "Some of the information was also obtained for the purposes of an investigation which the Ombudsman has a duty to conduct, and is exempt under section 30 of the Act."),
            ("p", FOIA_RIGHTS),
        ],
        label=dict(
            authority="Police Ombudsman for Northern Ireland", regime="FOIA", reference=None,
            grounds=["s44(1)(a)", "s30"], outcome="refused",
            body=["Section 44 is an absolute exemption, so the public interest need not be considered."],
            notes="Northern Ireland police complaints body. Rebuilt from the First-tier Tribunal decision [2023] UKFTT 900 (GRC), which records that the Ombudsman relied on section 44(1)(a) (and section 30) to withhold the requested information (the Commissioner's notice IC-126944-V7J6 of 28 March 2023 found against s44). The subject of the request is summarised in general terms; the statutory bar (s63 of the 1998 Act) and the wording are mine. Refused in full; no reference or date in the copy.",
        ),
    ),
    # ------------------------------------------------------------------ 06 Highways Agency / Surrey SCP (docx)
    dict(
        n=6, kind="docx",
        source_url="https://www.whatdotheyknow.com/request/m3_junction_2_westbound_speed_re",
        footer_url="www.highways.gov.uk", page_numbers=True,
        letterhead=["Highways Agency", "Federated House", "London Road", "Dorking RH4 1SZ"],
        blocks=[
            ("p", "Our ref: HA 9/41/47"),
            ("p", "Dear Dr Hamer,"),
            ("p", "Thank you for your email of 5 November about the new road layout at the M25 Junction 12."),
            ("p", "As you asked, a scanned copy of the Temporary Traffic Regulation Order for the M25 Junction 12, 50 mph Speed Restriction, is attached."),
            ("h", "Freedom of Information Act 2000"),
            ("p", "Having reviewed the rest of your request, we consider that your questions about the camera calibration certificate, the number of drivers found to exceed the limit, and the number and value of speeding tickets issued, would more appropriately be answered by The Surrey Safety Camera Partnership (SSCP), of which the Highways Agency is a member. The Agency does not hold that information itself."),
            ("p", "Before we transfer that part of your request, we need your permission to give the Partnership your name and contact details. If you agree, please sign and return the declaration below."),
            ("p", "I, ..............................., authorise The Highways Agency to transfer my information request to The Surrey Safety Camera Partnership."),
            ("p", "Signature: ..................................."),
            ("sign", ["Yours sincerely", "Clive Cooper, Project Sponsor Area 5", "Highways Agency | Federated House | London Road | Dorking"]),
        ],
        label=dict(
            authority="Highways Agency", regime="FOIA", reference="HA 9/41/47",
            outcome="partial",
            body=["The Agency does not hold that information itself."],
            notes="Roads agency answering a speed-enforcement request and offering to transfer most of it to a safety camera partnership. The WDTK request is titled 'M3 Junction 2' but the reply speaks of the M25 Junction 12 (kept as in the source; trap). The traffic order is given; the rest is not held by the Agency and awaits transfer -> partial. The year of the email of 5 November is not in the copy.",
        ),
    ),
    # ------------------------------------------------------------------ 07 Essex Bluecheck (text)
    dict(
        n=7, kind="text",
        source_url="https://www.whatdotheyknow.com/request/bluecheck_ii_devices_and_mobilei",
        text_preamble=["Bluecheck II devices and MobileID service", "The request was successful.", "data foi, Essex Police",
                       "Classification: NOT PROTECTIVELY MARKED"],
        text_postamble=["Within Essex dial 101 then ext. 54551. Outside Essex: 0300 333 4444 Ext 54551",
                        "Please note: 101 is replacing 0300 333 4444 as the way to contact Essex Police - but always dial 999 if it is an emergency",
                        "-----Original Message-----", "show quoted sections"],
        blocks=[
            ("p", "Dear Mr Watson"),
            ("p", "Thank you for your request of 25 July 2011 for copies of all instruction manuals, procedures manuals and training materials held about Bluecheck II and the MobileID service, following our press release about training officers to use the devices."),
            ("p", "Essex Police holds the user guide issued to officers and the training presentation used in the course, and copies of both are attached. No separate procedures manual has been written; the devices are used under the national guidance on mobile fingerprint identification, which is published by the National Policing Improvement Agency."),
            ("sign", ["Steve Grayton", "Information Officer", "Data Protection & Freedom of Information", "Information Management", "Essex Police Headquarters", "PO Box 2, Springfield, Chelmsford, CM2 6DA"]),
        ],
        label=dict(
            authority="Essex Police", regime="FOIA", reference=None,
            outcome="disclosed",
            body=["Essex Police holds the user guide issued to officers and the training presentation used in the course, and copies of both are attached."],
            chrome=["Classification: NOT PROTECTIVELY MARKED",
                    "Please note: 101 is replacing 0300 333 4444 as the way to contact Essex Police - but always dial 999 if it is an emergency",
                    "-----Original Message-----", "show quoted sections"],
            notes="WDTK email thread with an email-classification line ('Classification: NOT PROTECTIVELY MARKED') and the force's telephone-number notice in the signature (chrome). WDTK marks the request successful; the copy holds only the acknowledgment (signed Steve Grayton), so the reply's content is my completion -> disclosed. The reference was 'the above reference' in the subject line, not in the copy.",
        ),
    ),
    # ------------------------------------------------------------------ 08 Police Scotland review NCND (pdf)
    dict(
        n=8, kind="pdf",
        source_url="https://sic.uniondigital.uk/decision-1002021",
        marking="OFFICIAL", footer_url="www.scotland.police.uk", page_numbers=True, letterhead=PS_HEAD,
        blocks=[
            ("p", "Date: 20 October 2020"),
            ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REVIEW"),
            ("p", "On 1 June 2020 you asked for copies of the police investigation reports explaining why no action was taken in respect of various incidents. You wrote again on 17 August and 22 September 2020, and I have treated your letters as a requirement for review."),
            ("p", "I am sorry that your request was not dealt with in time."),
            ("p", "Having considered the request, Police Scotland neither confirms nor denies whether the reports you describe exist or are held. We rely on section 18(1) of the Act, together with section 34(1)(a) and (b): if such reports existed and were held, they would be exempt as information held for the purposes of investigations and any proceedings arising from them, and revealing whether they exist would be contrary to the public interest."),
            ("p", "If you remain dissatisfied, you may apply to the Scottish Information Commissioner for a decision."),
        ],
        label=dict(
            authority="Police Scotland", regime="FOISA", reference=None,
            grounds=["s18(1)", "s34(1)(a)", "s34(1)(b)"], ncnd=True, outcome="refused", date="2020-10-20",
            body=["I am sorry that your request was not dealt with in time."],
            notes="Review response rebuilt from the Scottish Information Commissioner's decision 100/2021 (request 1 June 2020; applicant wrote 17 August and 22 September 2020; review response 20 October 2020 refusing to confirm or deny under s18(1) with s34(1)(a) and (b)). NCND for all -> refused, ncnd=true. Wording mine.",
        ),
    ),
    # ------------------------------------------------------------------ 09 Police Scotland Kidd NCND (docx)
    dict(
        n=9, kind="docx",
        source_url="https://sic.uniondigital.uk/decision-0162016",
        marking="OFFICIAL", footer_url="www.scotland.police.uk", page_numbers=True, letterhead=PS_HEAD, letterhead_in_header=True,
        blocks=[
            ("p", "Date: 7 May 2015"),
            ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"),
            ("p", "The email sent on your behalf on 6 April 2015 asked for all reports, communications and internal and external correspondence about the matter raised in your earlier correspondence."),
            ("p", "In accordance with section 18 of the Act, we neither confirm nor deny whether we hold the information you have requested, or whether it exists, as to do so would be contrary to the public interest."),
            ("p", "If the information did exist and were held, it would be exempt from disclosure under sections 34 and 38 of the Act."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Police Scotland", regime="FOISA", reference=None,
            grounds=["s18", "s34", "s38"], ncnd=True, outcome="refused", date="2015-05-07",
            body=["If the information did exist and were held, it would be exempt from disclosure under sections 34 and 38 of the Act."],
            notes="Rebuilt from the Scottish Information Commissioner's decision 016/2016 (email of 6 April 2015; response of 7 May 2015 under section 18, with sections 34 and 38 if held). Cited at section level only -> s18, s34, s38. Letterhead only in the Word header part: 'Police Scotland' is nowhere in the body (authority from the header or the web footer only). NCND -> refused, ncnd=true.",
        ),
    ),
    # ------------------------------------------------------------------ 10 Police Scotland Prevent (pdf)
    dict(
        n=10, kind="pdf",
        source_url="https://sic.uniondigital.uk/decision-2332016",
        marking="OFFICIAL", footer_url="www.scotland.police.uk", page_numbers=True, letterhead=PS_HEAD,
        blocks=[
            ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"),
            ("p", "Your request of 11 October 2015 concerned the Prevent duty guidance for Scotland, beginning with how many people have been referred by public bodies under the Prevent Professional Concerns process."),
            ("p", "The information you have asked for is withheld under the following exemptions:"),
            ("bullet", "section 31(1) - national security and defence;"),
            ("bullet", "section 35(1)(a) and (b) - law enforcement (the prevention or detection of crime, and the apprehension or prosecution of offenders);"),
            ("bullet", "section 38(1)(b) - personal information about people other than you."),
            ("p", "Referral numbers, even in total, would show the level of concern in particular areas and sectors and could be used by those seeking to radicalise others to avoid attention; with small numbers they could also identify individuals."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Police Scotland", regime="FOISA", reference=None,
            grounds=["s31(1)", "s35(1)(a)", "s35(1)(b)", "s38(1)(b)"], outcome="refused",
            body=["The information you have asked for is withheld under the following exemptions:"],
            notes="Rebuilt from the Scottish Information Commissioner's decision 233/2016 (request 11 October 2015 on Prevent referrals; Police Scotland withheld information under exemptions for national security, crime prevention and personal data; provisions listed s31(1), s35(1)(a) and (b), s38(1)(b)). The Commissioner later found some of it not held and ordered the rest disclosed; this letter is Police Scotland's response. No date in the stored copy. Withheld in full -> refused.",
        ),
    ),
    # ------------------------------------------------------------------ 11 Police Scotland witness statements (docx)
    dict(
        n=11, kind="docx",
        source_url="https://sic.uniondigital.uk/decision-1032021",
        marking="OFFICIAL", body_marking=True, footer_url="www.scotland.police.uk", page_numbers=True, letterhead=PS_HEAD,
        blocks=[
            ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"),
            ("p", "You asked for information about the movements of a named person and about the investigation of the accuracy of witness statements."),
            ("p", "The information is exempt and is withheld under sections 34(1)(a) and (b) (investigations and proceedings), 35(1)(a) and (b) (law enforcement) and 38(1)(b) (personal information) of the Act."),
            ("p", "The information was gathered in a criminal investigation and includes the personal data of witnesses and others. While we recognise your interest in it, that interest is overridden by the rights and freedoms of the people concerned, and the public interest favours maintaining the exemptions."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Police Scotland", regime="FOISA", reference=None,
            grounds=["s34(1)(a)", "s34(1)(b)", "s35(1)(a)", "s35(1)(b)", "s38(1)(b)"], outcome="refused",
            body=["The information is exempt and is withheld under sections 34(1)(a) and (b) (investigations and proceedings), 35(1)(a) and (b) (law enforcement) and 38(1)(b) (personal information) of the Act."],
            notes="Rebuilt from the Scottish Information Commissioner's decision 103/2021 (Police Scotland refused under ss34, 35 and 38(1)(b); provisions listed s34(1)(a) and (b), s35(1)(a) and (b), s38(1)(b); the Commissioner upheld it). Dates not in the copy. Withheld in full -> refused. OFFICIAL typed in the Word body too.",
        ),
    ),
    # ------------------------------------------------------------------ 12 Scottish Ministers (pdf)
    dict(
        n=12, kind="pdf",
        source_url="https://sic.uniondigital.uk/decision-1022020",
        footer_url="www.gov.scot", page_numbers=True,
        letterhead=["Scottish Government", "Riaghaltas na h-Alba", "St Andrew's House", "Regent Road", "Edinburgh EH1 3DG"],
        blocks=[
            ("h", "Freedom of Information (Scotland) Act 2002 - Contact between the First Minister and Alex Salmond in 2018"),
            ("p", "You asked for information about contact between Nicola Sturgeon, First Minister, and Alex Salmond, former First Minister, in 2018."),
            ("p", "Information about these contacts has been published by the Scottish Parliament and is available on its website. Under section 25(1) of FOISA we do not have to give you information that is already reasonably accessible to you."),
            ("p", "A small amount of information is withheld under section 35(1)(c) of FOISA, because its disclosure would, or would be likely to, prejudice substantially the administration of justice."),
            ("p", "Beyond these, the Scottish Ministers hold no other information falling within your request, and this is notice under section 17(1) of FOISA."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Scottish Ministers", regime="FOISA", reference=None,
            grounds=["s25(1)", "s35(1)(c)"], mentioned=["s17(1)"], outcome="refused",
            body=["Under section 25(1) of FOISA we do not have to give you information that is already reasonably accessible to you."],
            notes="Rebuilt from the Scottish Information Commissioner's decision 102/2020 (the Ministers sent a link to information on the Scottish Parliament's website, withheld a small amount under s35(1)(c), and said they held no other information). Authority labelled 'Scottish Ministers' (score.py treats it as the Scottish Government). Pointer + withheld + not held, nothing given directly -> refused (debatable: the issue's 'pointer to published material read as partial' kind). Dates not in the copy.",
        ),
    ),
    # ------------------------------------------------------------------ 13 SFRS appliances (docx)
    dict(
        n=13, kind="docx",
        source_url="https://sic.uniondigital.uk/decision-test-0",
        footer_url="www.firescotland.gov.uk", page_numbers=True, marking="OFFICIAL",
        letterhead=["Scottish Fire and Rescue Service", "Westburn Drive", "Cambuslang", "G72 7NA"],
        blocks=[
            ("h", "Freedom of Information Request"),
            ("p", "On 17 April 2024 you asked, for the Service's on-road appliances deployed north of Inverness, for: 1) the maximum gradient negotiable, laden; 2) the minimum ground clearance; 3) the minimum height clearance; 4) the minimum negotiable road or track width; 5) the minimum negotiable bridge strength; 6) the minimum turning circle or reversing space."),
            ("p", "I apologise for the delay in replying."),
            ("p", "The manufacturers' specifications for our appliance types are publicly available, so this information is exempt under section 25(1) of the Act (information otherwise accessible)."),
            ("p", "Our own appliance data sheets are being updated and are due to be published, so they are exempt under section 27(1) of the Act (information intended for future publication)."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Scottish Fire and Rescue Service", regime="FOISA", reference=None,
            grounds=["s25(1)", "s27(1)"], outcome="refused",
            body=["I apologise for the delay in replying."],
            notes="Rebuilt from the Scottish Information Commissioner's decision 297/2024 (request 17 April 2024, six items; SFRS refused because the information was publicly available and because some was due to be updated and published: s25(1), s27). The decision's heading reads 'Decision Test'. Pointer + future publication, nothing given -> refused. Response date not in the copy.",
        ),
    ),
    # ------------------------------------------------------------------ 14 South Wales CRU emails (pdf)
    dict(
        n=14, kind="pdf",
        source_url="https://www.south-wales.police.uk/foi-ai/south-wales-police/disclosure-log/2025/june/foi-49225/",
        footer_url="www.south-wales.police.uk", page_numbers=True, marking="OFFICIAL", letterhead=SWP_HEAD,
        blocks=[
            ("h", "REQUEST"),
            ("p", "All correspondence, including attachments and workspace chat such as Microsoft Teams, between the team handling FOI requests and the National Police Chiefs' Council's (NPCC) Central Referral Unit (CRU), the Information Commissioner's Office (ICO) and the Association of Chief Police Officers (ACPO) Central Referral Unit (CRU), about the FOI requests, internal reviews and ICO complaints listed; and any internal correspondence about referring them to, and the advice received from, either CRU."),
            ("h", "RESPONSE"),
            ("p", "Please see the attached document entitled 'Emails redacted', which includes the correspondence found."),
            ("p", "The names and contact details of staff below senior level, in this force and in the other bodies, have been redacted under Section 40(2) of the Act, as their disclosure would breach the data protection principles."),
            ("p", "No Teams chat or other workspace messages about these requests were found."),
            ("p", FOIA_RIGHTS),
        ],
        label=dict(
            authority="South Wales Police", regime="FOIA", reference=None,
            grounds=["s40(2)"], outcome="partial",
            body=["Please see the attached document entitled 'Emails redacted', which includes the correspondence found."],
            notes="Welsh force (bilingual letterhead). The page shows no reference (the number 49225 is only in the URL, as in the dev set's South Wales pages). The copy stops in the sentence about the 'Emails redacted' attachment; the s40(2) redactions and the not-found chat are my completion -> partial.",
        ),
    ),
    # ------------------------------------------------------------------ 15 South Wales incident policy (docx)
    dict(
        n=15, kind="docx",
        source_url="https://www.south-wales.police.uk/foi-ai/south-wales-police/disclosure-log/2025/july/foi-70225/",
        footer_url="www.south-wales.police.uk", page_numbers=True, letterhead=SWP_HEAD,
        blocks=[
            ("h", "REQUEST"),
            ("p", "SWP policy on the creation and storage of incident reports and related documentation."),
            ("h", "CLARIFICATION"),
            ("p", "South Wales Police asked which area of policing was meant. The applicant replied that he had expected a general policy on creating incident or occurrence reports, and had in mind repeated and aggravated trespass, unlawful damage to property, harassment, theft and verbal threats."),
            ("h", "RESPONSE"),
            ("p", "Our Operational Support Services Department has provided the response below."),
            ("p", "South Wales Police creates incidents in line with the National Standard for Incident Recording (NSIR), which all forces in England and Wales use to standardise the information collected about most kinds of incident reported to them."),
            ("p", "Crimes are recorded under the Home Office Counting Rules (HOCR), which set out when and how an incident is recorded as a crime. Both documents are published by the Home Office, and links are given below. The force has no separate local policy on the creation of incident reports."),
        ],
        label=dict(
            authority="South Wales Police", regime="FOIA", reference=None,
            outcome="disclosed",
            body=["Crimes are recorded under the Home Office Counting Rules (HOCR), which set out when and how an incident is recorded as a crime."],
            notes="Welsh force; request, clarification and answer on one page. The answer explains the national standards the force follows (NSIR, HOCR) with links, and that there is no separate local policy (the last clause is my completion). Labelled disclosed: the question is answered, though the reply mixes published national material and 'no local policy' (debatable between disclosed and not_held). No reference or date on the page.",
        ),
    ),
    # ------------------------------------------------------------------ 16 NI Policing Board (text, email)
    dict(
        n=16, kind="text",
        source_url="https://www.whatdotheyknow.com/request/resources_committee_paper_on_the",
        text_preamble=["Resources Committee Paper on the NIAO report 2020", "NIPB FOI, Northern Ireland Policing Board", "4 Attachments"],
        text_postamble=["Web: www.nipolicingboard.org.uk  / Read:  Policing Matters", "NIPB on Twitter  / NIPB on Facebook   / NIPB on Youtube", "show quoted sections",
                        "NIPB FOI, Northern Ireland Policing Board", "NIPB Ref: FOI 96//2024", "Please see the attached correspondence from the NI Policing Board."],
        blocks=[
            ("p", "NIPB Ref: FOI 96/2024"),
            ("p", "Please find attached the Board's response to your request."),
            ("p", "You asked for the paper presented to the Resources Committee on the 16th December 2021 by the Director of Police Injury Benefits, referred to at 6.6 of the minutes of that meeting; the consultation document referred to in the minutes; and any other documents produced by the consultation, including the document recording the Resources Committee's views."),
            ("p", "The paper presented to the Resources Committee and the consultation document are attached."),
            ("p", "The document recording Members' views is withheld under section 36(2)(b)(ii) of the Freedom of Information Act 2000, because its release would be likely to inhibit the free and frank exchange of views for the purposes of deliberation. The names of junior staff have been redacted from the attached papers under section 40(2)."),
            ("sign", ["Thanks", "Compliance Officer", "Northern Ireland Policing Board", "James House, Block D, 2 \u2013 4 Cromac Avenue, The Gasworks, Belfast, BT7 2JA"]),
        ],
        label=dict(
            authority="Northern Ireland Policing Board", regime="FOIA", reference="FOI 96/2024",
            grounds=["s36(2)(b)(ii)", "s40(2)"], outcome="partial",
            body=["The paper presented to the Resources Committee and the consultation document are attached."],
            chrome=["NIPB on Twitter  / NIPB on Facebook   / NIPB on Youtube", "show quoted sections"],
            notes="Northern Ireland policing body. Trap: the reference appears twice, 'FOI 96/2024' in the reply and 'FOI 96//2024' (double slash) in the Board's second email further down the thread, as on WDTK; the label is the reply's form. Social-handle lines of the email signature are chrome. The copy holds only the covering emails; the requester then thanked the Board for an 'unexpected, but welcome response' and asked for a review, so part was given and part withheld: the s36(2)(b)(ii) and s40(2) details are my completion -> partial.",
        ),
    ),
    # ------------------------------------------------------------------ 17 Police Scotland A75 HGVs (pdf)
    dict(
        n=17, kind="pdf",
        source_url="https://sic.uniondigital.uk/decision-0092017",
        marking="OFFICIAL", footer_url="www.scotland.police.uk", page_numbers=True, letterhead=PS_HEAD,
        blocks=[
            ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"),
            ("p", "Your request of 7 April 2016 asked for (i) the total number and breakdown of alleged speeds of all fixed penalty notices for HGV 40 mph speed limit violations on the A75(T) west of the Drummore (Lochfoot) roundabout, and (ii) Police Scotland's policy on enforcing speed limit violations."),
            ("p", "(i) Speeding offences are not recorded by vehicle type and road section, so each notice issued on the A75 would have to be examined by hand. The cost of doing so would exceed the \u00a3600 limit, and section 12(1) of the Act applies."),
            ("p", "(ii) The enforcement policy sets out tolerances and tactics for speed enforcement. Its disclosure would prejudice substantially the prevention and detection of crime and the apprehension or prosecution of offenders, so it is exempt under section 35(1)(a) and (b) of the Act, and the public interest favours withholding it."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Police Scotland", regime="FOISA", reference=None,
            grounds=["s12(1)", "s35(1)(a)", "s35(1)(b)"], outcome="refused",
            body=["The cost of doing so would exceed the \u00a3600 limit, and section 12(1) of the Act applies."],
            notes="Rebuilt from the Scottish Information Commissioner's decision 009/2017 (request 7 April 2016: (i) HGV speeding notices on the A75, (ii) the enforcement policy; the Commissioner accepted the cost over \u00a3600 for (i) and the law-enforcement exemption s35(1)(a) and (b) for (ii)). Scottish cost limit \u00a3600. Nothing given -> refused. Dates of the response not in the copy.",
        ),
    ),
]
