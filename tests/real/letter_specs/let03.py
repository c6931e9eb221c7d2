"""let03: Scotland in depth (Police Scotland, legacy Strathclyde Police, Scottish councils answering
police-related requests, SFRS, SEPA and Transport Scotland under the Scottish EIRs), Northern
Ireland (PSNI, the Department for Infrastructure under the EIRs), and the Kent/Essex joint unit.

Many Scottish letters here are reconstructed from the Scottish Information Commissioner's
decisions, whose "Background" sections state the authority's response: its date, what was given
and the provisions relied on. Those facts are kept; the letter's wording is new, and each note
says so. Other letters are rewritten from the published reply itself.
"""
from tests.real.letter_specs import EIR_RIGHTS, FOIA_RIGHTS, FOISA_RIGHTS

PS_HEAD = ["Police Scotland", "Information Management", "Clyde Gateway", "2 French Street", "Glasgow", "G40 4EH"]
STRATH_HEAD = ["Strathclyde Police", "Freedom of Information Unit", "173 Pitt Street", "Glasgow G2 4JS"]
SFRS_HEAD = ["Scottish Fire and Rescue Service", "Westburn Drive", "Cambuslang", "G72 7NA"]
SCOT_EIR_RIGHTS = (
    "If you are dissatisfied with this response you may ask us to review it within 40 working days. "
    "If you remain dissatisfied after the review, you may apply to the Scottish Information "
    "Commissioner for a decision."
)

LETTERS = [
    # ------------------------------------------------------------------ 01 Kent Police covid (text, WDTK thread)
    dict(
        n=1, kind="text",
        source_url="https://www.whatdotheyknow.com/request/breaches_of_covid_19_restriction",
        text_preamble=["Breaches of Covid-19 restrictions", "Dear Kent Police,",
                       "Please tell me how many reports of breaches of coronavirus and lockdown restrictions Kent Police received, how many were investigated, and how many arrests and charges followed.",
                       "Yours faithfully,", "Alan"],
        text_postamble=["This email and any attachments hold information from Kent Police and/or Essex Police that may be confidential or privileged and is meant only for the people or bodies it is addressed to.",
                        "If it has reached you in error, please tell the sender or call Kent Police on 01622 690690 or Essex Police on 01245 491491.",
                        "show quoted sections"],
        blocks=[
            ("p", "Dear Mr Couchman-Sawyer,"),
            ("h", "FREEDOM OF INFORMATION REQUEST 20/09/1088"),
            ("p", "Thank you for your request, received by Kent Police. I am sorry for the delay in replying while the Public Disclosure Team has been working remotely."),
            ("p", "The number of Fixed Penalty Notices issued by each force for breaches of the coronavirus regulations is already published by the National Police Chiefs' Council, so that part of your request is exempt under section 21 of the Act (information reasonably accessible by other means)."),
            ("p", "Reports from the public about breaches were logged as incidents with a general coronavirus marker, and whether each one was investigated, and with what result, is recorded only in the text of the incident log. Reading every log would take far longer than 18 hours, so section 12(1) applies to the rest of your request."),
            ("p", "You may wish to narrow your request to a single week, which we may be able to answer within the limit."),
            ("sign", ["Yours sincerely", "Public Disclosure Team", "Kent Police"]),
        ],
        label=dict(
            authority="Kent Police", regime="FOIA", reference="20/09/1088",
            grounds=["s21", "s12(1)"], outcome="refused",
            body=["Reading every log would take far longer than 18 hours, so section 12(1) applies to the rest of your request."],
            chrome=["If it has reached you in error, please tell the sender or call Kent Police on 01622 690690 or Essex Police on 01245 491491.",
                    "show quoted sections"],
            notes="WDTK thread: Kent Police's reply carries the Kent/Essex joint email disclaimer (chrome naming both forces: the authority is Kent Police). The stored copy ends after 'Thank you for your request received by Kent Pol...'; the s21 pointer, the s12(1) refusal and the advice are my completion -> nothing given -> refused (a pointer to published material plus cost: the issue's 'refusal read as partial' kind).",
        ),
    ),
    # ------------------------------------------------------------------ 02 Essex custody cells (docx)
    dict(
        n=2, kind="docx",
        source_url="https://www.whatdotheyknow.com/request/police_19",
        footer_url="www.essex.police.uk", page_numbers=True, marking="NOT PROTECTIVELY MARKED", body_marking=True,
        letterhead=["Essex Police", "Information Rights", "Police Headquarters", "PO Box 2, Springfield", "Chelmsford CM2 6DA"],
        blocks=[
            ("p", "Our reference: 5608"),
            ("p", "Dear Ms Davis"),
            ("p", "Your request of 2013 contained five questions on different subjects, which we logged as four separate requests: 5607 Questions A and C Police Officers; 5608 Question B Custody Cells; 5609 Question D Video ID Parades; 5610 Question E Police Officers' Credit/Debit cards. This letter answers request 5608; the others are answered separately under their own numbers."),
            ("p", "Question B: The number of custody cells at Braintree, Chelmsford, Stansted, Colchester, Harlow and Rayleigh Police stations."),
            ("p", "Essex Police holds this information, but it is exempt under section 31(1)(a) and (b) of the Act. The number of cells at each station shows the capacity to detain people in each part of the county, and so how far a large operation or serious disorder could stretch custody provision."),
            ("p", "Although the public has an interest in knowing how custody is provided, the balance lies in protecting the force's ability to prevent and detect crime, so the information is withheld."),
            ("p", FOIA_RIGHTS),
            ("sign", ["Yours sincerely", "Information Officer", "Essex Police"]),
        ],
        label=dict(
            authority="Essex Police", regime="FOIA", reference="5608",
            grounds=["s31(1)(a)", "s31(1)(b)"], outcome="refused",
            body=["This letter answers request 5608; the others are answered separately under their own numbers."],
            notes="One request split into four references (5607-5610); the letter answers 5608 and names the other three (trap: several reference-like numbers). WDTK marks the request refused; the s31(1)(a) and (b) refusal for the cells is my completion, as is the letter's layout. The request year is not given exactly in the copy, so the letter says only '2013'. NOT PROTECTIVELY MARKED typed in the Word body as well as header and footer.",
        ),
    ),
    # ------------------------------------------------------------------ 03 DfI NI bonfire EIR (pdf)
    dict(
        n=3, kind="pdf",
        source_url="https://infrastructure-ni.gov.uk/publications/dfi2021-0261-eir-request-details-about-dfi-seeking-judicial-review-psni-approach-bonfire-adam-street",
        footer_url="www.infrastructure-ni.gov.uk", page_numbers=True, marking="OFFICIAL",
        letterhead=["Department for Infrastructure", "An Roinn Bonneagair", "Clarence Court", "10-18 Adelaide Street", "Belfast BT2 8GB"],
        blocks=[
            ("p", "Our reference: DFI/2021-0261"),
            ("h", "Environmental Information Regulations 2004 request"),
            ("p", "You asked for details of the Department's decision to seek, with the Department for Communities, a Judicial Review of the PSNI approach to a bonfire at Adam Street, Tiger's Bay, Belfast, including: 1) the cost to the Department of this challenge; 2) the date when the Executive Committee was informed; 3) whether the existing MOU with PSNI had previously been mentioned to the current Executive Committee; 4) whether legal advice was taken about possible ECHR rights with regard to the bonfire; and 5) whether legal advice was sought about any s28(a) of the Northern Ireland Act 1998 implications before pre-action correspondence was issued."),
            ("p", "Because the bonfire and its effects on the land and air are environmental matters, your request has been handled under the Environmental Information Regulations 2004 (EIR)."),
            ("p", "1) The legal costs of the challenge are not yet known, as the Departmental Solicitor's Office has not yet billed them."),
            ("p", "2) and 3) The Executive Committee was informed through the usual channels; the minutes of its meetings are published and the Department holds no further record."),
            ("p", "4) and 5) The Department confirms that legal advice was sought. The content of that advice is withheld under regulation 12(5)(b) of the EIR, because its disclosure would adversely affect the course of justice by undermining legal professional privilege. The public interest in maintaining the exception outweighs that in disclosure."),
            ("p", EIR_RIGHTS),
        ],
        label=dict(
            authority="Department for Infrastructure", regime="EIR", reference="DFI/2021-0261",
            grounds=["r12(5)(b)"], outcome="partial",
            body=["The Department confirms that legal advice was sought.",
                  "Because the bonfire and its effects on the land and air are environmental matters, your request has been handled under the Environmental Information Regulations 2004 (EIR)."],
            notes="Northern Ireland department answering a police-related request under the EIRs. The published page gives the reference, the EIR handling and the five questions (published 03 September 2021, which is not the response date). The answers, including the r12(5)(b) withholding of legal advice, are my completion -> partial (some confirmed and pointed to, advice withheld). Letterhead carries the Irish name of the Department.",
        ),
    ),
    # ------------------------------------------------------------------ 04 PSNI Twelfth statistics (docx)
    dict(
        n=4, kind="docx",
        source_url="https://www.psni.police.uk/foi-disclosure-log/twelfth-july-statistics",
        footer_url="www.psni.police.uk", page_numbers=True, marking="OFFICIAL",
        letterhead=["Police Service of Northern Ireland", "Corporate Information Branch", "65 Knock Road", "Belfast BT5 6LE"],
        blocks=[
            ("p", "Reference: F-2022-00394"),
            ("p", "For a research paper on religious violence in Northern Ireland you asked, for the Twelfth of July bonfire season (1st - 31st July) in 2001, 2010, 2015 & 2021: the number of officers deployed and their cost (Request 1); the total cost of policing, including damages (Request 2); the number of officers injured (Request 3); and the number of complaints about bonfires (Request 4). You also asked about the Distillery Street August 2020 disorder: officers deployed and injured and the total cost (5a), arrests (5b), and bonfire materials seized (5c)."),
            ("h", "Answer"),
            ("p", "Section 17(5) of the Act requires us, when refusing a request because the cost of compliance exceeds the appropriate limit, to give a notice saying so."),
            ("p", "Deployment and cost records for 2001 and 2010 are held on paper in archived operational orders, and complaints about bonfires are not recorded under a separate category. Locating, retrieving and extracting this information across four years would exceed the appropriate limit, so the PSNI is not obliged to answer under Section 12(1), and, as the requests are for similar information, they have been aggregated."),
            ("p", "If you reduce the request to the 2021 season only, we may be able to provide some figures within the limit."),
            ("p", FOIA_RIGHTS),
        ],
        label=dict(
            authority="Police Service of Northern Ireland", regime="FOIA", reference="F-2022-00394",
            grounds=["s12(1)"], mentioned=["s17(5)"], outcome="refused",
            body=["Section 17(5) of the Act requires us, when refusing a request because the cost of compliance exceeds the appropriate limit, to give a notice saying so."],
            notes="PSNI's older reference style 'F-2022-00394' (not FOI/nnnnn). The page date September 28, 2022 is the log date. The stored copy holds only the requests; the aggregated s12(1) refusal and advice are my completion -> refused.",
        ),
    ),
    # ------------------------------------------------------------------ 05 Police Scotland SOPs s25 (pdf)
    dict(
        n=5, kind="pdf",
        source_url="https://sic.uniondigital.uk/decision-1662017",
        marking="OFFICIAL", footer_url="www.scotland.police.uk", page_numbers=True, letterhead=PS_HEAD,
        blocks=[
            ("p", "Date: 19 April 2017"),
            ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"),
            ("p", "On 22 March 2017 you asked for copies of current Police Scotland Standard Operating Procedures for (a) police investigations and (b) police assessments, for any matters that can be deemed necessary for any policing purposes."),
            ("p", "The statutory basis for policing in Scotland is set out in the Police and Fire Reform (Scotland) Act 2012, which is published online at www.legislation.gov.uk. Section 25 of the Act provides that information which an applicant can reasonably obtain other than by requesting it is exempt, and I am therefore not providing a further copy."),
            ("p", FOISA_RIGHTS),
            ("sign", ["Information Management - Aberdeen", "Police Scotland"]),
        ],
        label=dict(
            authority="Police Scotland", regime="FOISA", reference=None,
            grounds=["s25"], outcome="refused", date="2017-04-19",
            body=["The statutory basis for policing in Scotland is set out in the Police and Fire Reform (Scotland) Act 2012, which is published online at www.legislation.gov.uk."],
            notes="Reconstructed from the Scottish Information Commissioner's decision 166/2017: request 22 March 2017, response 19 April 2017 citing section 25 and linking to the 2012 Act (on review Police Scotland changed to a s17 not-held notice; this is the first response). A pointer to published material for the whole request, nothing else given -> refused (the issue's 'pointer to published material read as partial' kind); cited as 'Section 25' -> s25.",
        ),
    ),
    # ------------------------------------------------------------------ 06 Police Scotland vehicle NCND (docx)
    dict(
        n=6, kind="docx",
        source_url="https://sic.uniondigital.uk/decision-2132016",
        marking="OFFICIAL", footer_url="www.scotland.police.uk", page_numbers=True, letterhead=PS_HEAD,
        blocks=[
            ("p", "Date: 18 February 2016"),
            ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"),
            ("p", "Your request of 19 January 2016 asked, about a police incident, for: the registration number and make of the police vehicle involved (part 1); whether the vehicle was carrying firearms (part 2); whether it had camera equipment and whether the incident was recorded (part 3); whether such a vehicle can be left unattended with firearms in it (part 4); and the principal duties of the officers on that day (part 5)."),
            ("p", "Your request appears to concern a specific incident. In terms of section 18(1) of the Act, Police Scotland neither confirms nor denies whether it holds the information you have requested, or whether it exists."),
            ("p", "If the information existed and were held, it would be exempt under section 35(1)(a) and (b) of the Act, and revealing whether it exists would be contrary to the public interest, because it would disclose whether and how armed officers were deployed to a particular incident."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Police Scotland", regime="FOISA", reference=None,
            grounds=["s18(1)", "s35(1)(a)", "s35(1)(b)"], ncnd=True, outcome="refused", date="2016-02-18",
            body=["In terms of section 18(1) of the Act, Police Scotland neither confirms nor denies whether it holds the information you have requested, or whether it exists."],
            notes="Reconstructed from the Scottish Information Commissioner's decision 213/2016: request 19 January 2016 (parts 1-5 as listed there), response 18 February 2016 refusing to confirm or deny under s18(1). The exemption paired with s18(1) is cut from the stored copy; s35(1)(a) and (b) is my completion. Whole request NCND -> refused, ncnd=true.",
        ),
    ),
    # ------------------------------------------------------------------ 07 Police Scotland incident NCND (pdf)
    dict(
        n=7, kind="pdf",
        source_url="https://sic.uniondigital.uk/decision-0372025",
        marking="OFFICIAL", footer_url="www.scotland.police.uk", page_numbers=True, letterhead=PS_HEAD,
        blocks=[
            ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"),
            ("p", "Your request of 12 October 2022 set out seven questions under four statements about an incident at a specified address, beginning with why a police officer who allegedly committed perjury had not been prosecuted, and what action officers took to substantiate their stated reason for entering the property."),
            ("p", "Police Scotland neither confirms nor denies whether the information you have requested exists or is held, in terms of section 18(1) of the Act."),
            ("p", "If held, the information would be the personal data of identifiable people other than you, and would be exempt under section 38(1)(b). Confirming whether it exists would itself reveal whether police had been involved with those people at that address, which would be contrary to the public interest."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Police Scotland", regime="FOISA", reference=None,
            grounds=["s18(1)", "s38(1)(b)"], ncnd=True, outcome="refused",
            body=["Police Scotland neither confirms nor denies whether the information you have requested exists or is held, in terms of section 18(1) of the Act."],
            notes="Reconstructed from the Scottish Information Commissioner's decision 037/2025 (request 12 October 2022, seven questions under four statements; Police Scotland refused to confirm or deny, relying on s18(1) with s38(1)(b)). The response date is not in the stored copy. NCND for all -> refused, ncnd=true.",
        ),
    ),
    # ------------------------------------------------------------------ 08 Strathclyde Beasley (pdf)
    dict(
        n=8, kind="pdf",
        source_url="https://sic.uniondigital.uk/decision-1462008",
        footer_url="www.strathclyde.police.uk", page_numbers=True, marking="RESTRICTED - PERSONAL",
        letterhead=STRATH_HEAD,
        blocks=[
            ("h", "Freedom of Information (Scotland) Act 2002 - Your request of 16 July 2007"),
            ("p", "Dear Mr and Mrs Beasley"),
            ("p", "You asked for information about the investigation of the road collision on the A841 road on the Isle of Arran in which your son died, and about the investigation of your later complaint against the police."),
            ("p", "The reports and statements gathered in the investigation of the collision are held for the purposes of an investigation which led to consideration by the Procurator Fiscal, and are exempt under section 34(1)(a)(i) and (b) of the Act."),
            ("p", "The papers of the complaint investigation are exempt under section 35(1)(g), read with section 35(2)(b), as their disclosure would prejudice substantially our ability to ascertain whether any person is responsible for improper conduct."),
            ("p", "The remainder of the information you asked for is not held by Strathclyde Police, and this letter gives notice of that under section 17(1)."),
            ("p", "I am sorry that we cannot give you more, and I recognise how important these matters are to you."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Strathclyde Police", regime="FOISA", reference=None,
            grounds=["s34(1)(a)(i)", "s34(1)(b)", "s35(1)(g)", "s35(2)(b)"], mentioned=["s17(1)"], outcome="refused",
            body=["The remainder of the information you asked for is not held by Strathclyde Police, and this letter gives notice of that under section 17(1)."],
            notes="Legacy Scottish force (before Police Scotland). Reconstructed from the Scottish Information Commissioner's decision 146/2008: request 16 July 2007; Strathclyde Police said some information was exempt and the rest not held; provisions listed there are s34(1)(a)(i) and (b), s35(1)(g) and (2)(b), s17(1). Which documents fell under which exemption is my arrangement; the response date is not given in the stored copy. Nothing given -> refused. s35(2)(b) is labelled as relied on because the letter relies on it together with s35(1)(g) (debatable: it defines the purpose). A non-standard running marking (RESTRICTED - PERSONAL) tests cleaning.",
        ),
    ),
    # ------------------------------------------------------------------ 09 Strathclyde murder inquiry (docx)
    dict(
        n=9, kind="docx",
        source_url="https://sic.uniondigital.uk/decision-0882011",
        footer_url="www.strathclyde.police.uk", page_numbers=True, letterhead=STRATH_HEAD, letterhead_in_header=True,
        blocks=[
            ("h", "Freedom of Information (Scotland) Act 2002"),
            ("p", "You asked for information about the investigation into the murder of a named individual."),
            ("p", "I have to tell you that the information is exempt from disclosure, and this letter is a refusal notice under section 16 of the Act. The exemptions relied on are:"),
            ("bullet", "section 34(1) - investigations by Scottish public authorities and proceedings arising out of such investigations;"),
            ("bullet", "section 35(1) - law enforcement;"),
            ("bullet", "section 38(1)(b) - personal information relating to people other than you."),
            ("p", "The witness statements and investigation papers were gathered for a criminal investigation and the proceedings that followed it, and their release would prejudice substantially the prevention and detection of crime. Many of the documents also contain the personal data of witnesses, whose disclosure would breach the data protection principles."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Strathclyde Police", regime="FOISA", reference=None,
            grounds=["s34(1)", "s35(1)", "s38(1)(b)"], mentioned=["s16"], outcome="refused",
            body=["I have to tell you that the information is exempt from disclosure, and this letter is a refusal notice under section 16 of the Act."],
            notes="Reconstructed from the Scottish Information Commissioner's decision 088/2011: Strathclyde Police refused the request under sections 34(1), 35(1) and 38(1)(b) (cited at that level of detail, so the codes stay s34(1) and s35(1)). Dates are not in the stored copy. Letterhead only in the Word header part: the force is named nowhere in the body (body named only in the letterhead block). Nothing given -> refused.",
        ),
    ),
    # ------------------------------------------------------------------ 10 Dumfries and Galloway Council (pdf)
    dict(
        n=10, kind="pdf",
        source_url="https://sic.uniondigital.uk/decision-1392009",
        footer_url="www.dumgal.gov.uk", page_numbers=True,
        letterhead=["Dumfries and Galloway Council", "Council Offices", "English Street", "Dumfries DG1 2DD"],
        blocks=[
            ("h", "Freedom of Information (Scotland) Act 2002 - Request for information"),
            ("p", "On 23 February 2009 you asked the Council for copies of specified reports and other documents that were provided to the Police Authority."),
            ("p", "The reports you describe concern individual people, and the information in them is exempt from disclosure. Where the information is about you, it is exempt under section 38(1)(a) of the Act, and you may ask for it under the Data Protection Act 1998 instead. Where it is about other people, it is exempt under section 38(1)(b), because disclosing it would breach the data protection principles."),
            ("p", "The Council is therefore unable to provide the documents you have requested."),
            ("p", FOISA_RIGHTS),
            ("sign", ["Information Officer", "Corporate Services", "Dumfries and Galloway Council"]),
        ],
        label=dict(
            authority="Dumfries and Galloway Council", regime="FOISA", reference=None,
            grounds=["s38(1)(a)", "s38(1)(b)"], outcome="refused",
            body=["The Council is therefore unable to provide the documents you have requested."],
            notes="Scottish council answering a police-related request (documents given to the Police Authority). Reconstructed from the Scottish Information Commissioner's decision 139/2009 (request 23 February 2009; the Council withheld the information under s38(1)(a) and (b); the decision later found some of it not held, which the Council had failed to say). Nothing given -> refused. The response date is not in the stored copy.",
        ),
    ),
    # ------------------------------------------------------------------ 11 Highland Council police report (docx)
    dict(
        n=11, kind="docx",
        source_url="https://foi.scot/decision-0842005",
        footer_url="www.highland.gov.uk", page_numbers=True,
        letterhead=["The Highland Council", "Glenurquhart Road", "Inverness IV3 5NX"],
        blocks=[
            ("h", "Your request for information"),
            ("p", "You asked the Council for all the information it holds about you, and for a copy of the police report about you that the Council obtained from Northern Constabulary."),
            ("p", "The information the Council holds about you is enclosed."),
            ("p", "The police report was given to the Council by Northern Constabulary in confidence, under the protocol agreed between the Council and the police for sharing such reports, and the Council is not able to release it to you. If you wish to see it, you may ask Northern Constabulary directly."),
            ("p", "If you are unhappy with this response you may ask the Council to review it."),
            ("sign", ["Yours sincerely", "Freedom of Information Officer"]),
        ],
        label=dict(
            authority="The Highland Council", regime="FOISA", reference=None,
            outcome="partial",
            body=["The information the Council holds about you is enclosed."],
            notes="Scottish council withholding a police report (police-related). Reconstructed from the Scottish Information Commissioner's decision 084/2005: the Council gave the applicant the information it held about her but not the Northern Constabulary report, and failed to say which exemptions it relied on (a breach of s16(1)(c)); s38(1)(a) and s36(2) were only identified later. So this letter cites no provision: grounds [] (hard case: refusal without a citation). Some given, some withheld -> partial. The Council is named in the letterhead only ('The Highland Council'; the body text says 'the Council').",
        ),
    ),
    # ------------------------------------------------------------------ 12 Glasgow City Council (pdf)
    dict(
        n=12, kind="pdf",
        source_url="https://www.itspublicknowledge.info/decision-0222005",
        footer_url="www.glasgow.gov.uk", page_numbers=True, marking="NOT PROTECTIVELY MARKED",
        letterhead=["Glasgow City Council", "City Chambers", "George Square", "Glasgow G2 1DU"],
        blocks=[
            ("h", "Freedom of Information (Scotland) Act 2002 - Chirnsyde Community Initiative"),
            ("p", "You asked for a range of information about the Chirnsyde Community Initiative."),
            ("p", "The Council has decided to refuse your request in full. The information is exempt under the following provisions of the Act:"),
            ("qa", [("Section 34(1)", "information held for the purposes of an investigation"),
                    ("Section 35(1)", "release would prejudice substantially the prevention or detection of crime, the apprehension or prosecution of offenders, or the administration of justice"),
                    ("Section 36(2)", "release would constitute an actionable breach of confidence"),
                    ("Section 38(1)(b)", "release would breach the data protection principles")],
             {"header": ["Exemption", "Why it applies"]}),
            ("p", "The matters you ask about have been reported to the police, and releasing the papers while inquiries continue could prejudice them."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Glasgow City Council", regime="FOISA", reference=None,
            grounds=["s34(1)", "s35(1)", "s36(2)", "s38(1)(b)"], outcome="refused",
            body=["The Council has decided to refuse your request in full."],
            notes="Scottish council refusing a request about matters under police inquiry. Reconstructed from the Scottish Information Commissioner's decision 022/2005 (the Council refused in full citing exemptions; the decision's heading lists s34(1), s35(1), s36(2) and s38(1)(b)). Exemptions in a ruled two-column table with a header. Dates not in the stored copy. Nothing given -> refused.",
        ),
    ),
    # ------------------------------------------------------------------ 13 Inverclyde Council (docx)
    dict(
        n=13, kind="docx",
        source_url="https://sic.uniondigital.uk/decision-0812012",
        footer_url="www.inverclyde.gov.uk", page_numbers=True,
        letterhead=["Inverclyde Council", "Municipal Buildings", "Clyde Square", "Greenock PA15 1LY"],
        blocks=[
            ("h", "Freedom of Information (Scotland) Act 2002 - Future Operating Model investigation"),
            ("p", "Dear Mr Purdie"),
            ("p", "You asked for information about the Council's investigation into the implementation and management of its Future Operating Model."),
            ("p", "Some of the information you asked for is enclosed."),
            ("p", "The rest is withheld. Its disclosure would prejudice substantially the administration of justice, and the Council's ability to ascertain whether circumstances exist which would justify regulatory action, so it is exempt under sections 35(1)(c) and 35(1)(g) of the Act."),
            ("p", "The investigation's findings have been passed to the appropriate authorities, and releasing the working papers now could prejudice any proceedings that follow."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Inverclyde Council", regime="FOISA", reference=None,
            grounds=["s35(1)(c)", "s35(1)(g)"], outcome="partial",
            body=["Some of the information you asked for is enclosed."],
            notes="Scottish council using the law-enforcement exemption. Reconstructed from the Scottish Information Commissioner's decision 081/2012: the Council disclosed some information and withheld the rest under ss35(1)(c) and 35(1)(g). Dates are not in the stored copy. Some given, rest withheld -> partial.",
        ),
    ),
    # ------------------------------------------------------------------ 14 SFRS Inverness (pdf)
    dict(
        n=14, kind="pdf",
        source_url="https://sic.uniondigital.uk/decision-0342021",
        footer_url="www.firescotland.gov.uk", page_numbers=True, marking="OFFICIAL", letterhead=SFRS_HEAD,
        blocks=[
            ("h", "Freedom of Information Request"),
            ("p", "Thank you for your request of 15 November 2019, which has been handled under the Freedom of Information (Scotland) Act 2002."),
            ("p", "You asked for: a. the number of incidents attended by the Inverness based Fire & Rescue Service for the last 24 months; b. the number of occasions on which the Inverness based crews were back-filled by a retained crew; c. the number of standby firefighting appliances."),
            ("p", "a. The number of incidents attended by Inverness based appliances in the last 24 months is given in the attached spreadsheet, taken from the Incident Recording System."),
            ("p", "b. and c. Standby moves and back-fill arrangements are agreed by the control room by telephone and are not recorded in a form that can be counted. This information is not held, and this is notice under section 17(1) of the Act."),
            ("p", FOISA_RIGHTS),
            ("sign", ["Freedom of Information/Data Protection Team", "Scottish Fire and Rescue Service"]),
        ],
        label=dict(
            authority="Scottish Fire and Rescue Service", regime="FOISA", reference=None,
            mentioned=["s17(1)"], outcome="partial",
            body=["This information is not held, and this is notice under section 17(1) of the Act."],
            notes="Reconstructed from the Scottish Information Commissioner's decision 034/2021 (request 15 November 2019 with parts a-c; SFRS provided information but said some was not held). Which parts were given is my arrangement; the Commissioner's later view that one part was a cost case is not part of SFRS's response. Dates of the response are not in the stored copy. Given + not held -> partial.",
        ),
    ),
    # ------------------------------------------------------------------ 15 SFRS specific property (docx)
    dict(
        n=15, kind="docx",
        source_url="https://www.itspublicknowledge.info/decision-1112022",
        footer_url="www.firescotland.gov.uk", page_numbers=True, marking="OFFICIAL", letterhead=SFRS_HEAD,
        blocks=[
            ("p", "Date: 12 May 2021"),
            ("h", "Freedom of Information Request"),
            ("p", "On 12 April 2021 you asked whether, at a specific incident, crews gained access by breaking down the front door after a failed attempt to get in through an upstairs window."),
            ("p", "Apart from the Incident Recording System (IRS) Report for the incident, which we sent you in reply to an earlier request, the Service holds no recorded information about how access was gained."),
            ("p", "In terms of section 17(1) of the Act, this letter gives notice that the information you asked for is not held."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Scottish Fire and Rescue Service", regime="FOISA", reference=None,
            mentioned=["s17(1)"], outcome="not_held", date="2021-05-12",
            body=["In terms of section 17(1) of the Act, this letter gives notice that the information you asked for is not held."],
            notes="Reconstructed from the Scottish Information Commissioner's decision 111/2022 (request 12 April 2021, response 12 May 2021 under s17(1): nothing held beyond the IRS report already issued). Not held; the earlier report is mentioned but not given again -> not_held (the issue's 'not held reply that goes on to explain' kind).",
        ),
    ),
    # ------------------------------------------------------------------ 16 SEPA fraud detection EIR (pdf)
    dict(
        n=16, kind="pdf",
        source_url="https://foi.scot/decision-1252024",
        footer_url="www.sepa.org.uk", page_numbers=True, marking="OFFICIAL",
        letterhead=["Scottish Environment Protection Agency", "Buidheann Dion Arainneachd na h-Alba", "Angus Smith Building", "6 Parklands Avenue, Eurocentral", "Holytown ML1 4WQ"],
        blocks=[
            ("h", "Environmental Information (Scotland) Regulations 2004 - Request for information"),
            ("p", "You asked for details of the techniques we referred to in our consultation on sea lice and wild fish (3 December 2021 to 14 March 2022), which said we had sophisticated ways to detect fraud in aquaculture reporting."),
            ("p", "The information is environmental, so we have handled your request under the Environmental Information (Scotland) Regulations 2004 (the EIRs), and section 39(2) of FOISA exempts it from the Act."),
            ("p", "We hold the information but are withholding it under regulation 10(5)(b) of the EIRs. Disclosing how we detect false reporting would substantially prejudice our ability to conduct inquiries of a criminal nature, because those we regulate could adapt their reporting to avoid detection."),
            ("p", "We recognise the public interest in transparency about how the aquaculture industry is regulated, but it is outweighed by the public interest in effective enforcement."),
            ("p", SCOT_EIR_RIGHTS),
        ],
        label=dict(
            authority="Scottish Environment Protection Agency", regime="EIR", reference=None,
            grounds=["r10(5)(b)"], mentioned=["s39(2)"], outcome="refused",
            body=["We hold the information but are withholding it under regulation 10(5)(b) of the EIRs."],
            notes="Scottish EIRs, criminal-inquiry exception (police-like enforcement by a regulator). Reconstructed from the Scottish Information Commissioner's decision 125/2024 (the Authority withheld the information as disclosure would prejudice its ability to conduct criminal inquiries; regulation 10(5)(b); s39(2) only moves the request to the EIRs, so it is mentioned, as in the dev set's h039). Dates are not in the stored copy. Withheld in full -> refused. Letterhead carries the Gaelic name.",
        ),
    ),
    # ------------------------------------------------------------------ 17 Transport Scotland EIR (text)
    dict(
        n=17, kind="text",
        source_url="https://sic.uniondigital.uk/decision-1572014",
        letterhead=["Transport Scotland", "Buchanan House", "58 Port Dundas Road", "Glasgow G4 0HF"],
        text_preamble=["From: Transport Scotland FOI Unit", "To: Banknock Haggs & Longcroft Community Council", "Subject: Your request for information - land at Banknock"],
        text_postamble=["**********************************************************************",
                        "This email has been scanned for viruses. Messages sent to or from this address may be monitored.",
                        "**********************************************************************"],
        blocks=[
            ("p", "Dear Community Council"),
            ("p", "On 10 October 2013 you asked for copies of Transport Scotland's consultation responses to Falkirk Council on planning application P/10/0633 (with references SE/56/2012 and SE/87/2010), together with the papers about the land near Banknock that was included in the M80 Stepps to Haggs upgrade contract and later declared surplus."),
            ("p", "Your request is for environmental information and has been considered under the Environmental Information (Scotland) Regulations 2004."),
            ("p", "Transport Scotland considers the request manifestly unreasonable, and is refusing it under regulation 10(4)(b). The ownership of the land has been the subject of long correspondence with Mr X, and the material has already been explained in detail; responding again would impose a disproportionate burden on the Agency."),
            ("p", SCOT_EIR_RIGHTS),
            ("sign", ["FOI Unit", "Transport Scotland"]),
        ],
        label=dict(
            authority="Transport Scotland", regime="EIR", reference=None,
            grounds=["r10(4)(b)"], outcome="refused",
            body=["Transport Scotland considers the request manifestly unreasonable, and is refusing it under regulation 10(4)(b)."],
            chrome=["This email has been scanned for viruses. Messages sent to or from this address may be monitored."],
            notes="Scottish EIR 'manifestly unreasonable' refusal. Reconstructed from the Scottish Information Commissioner's decision 157/2014 (request 10 October 2013 by the community council; refused as manifestly unreasonable under regulation 10(4)(b)). Trap: the planning and land references P/10/0633, SE/56/2012 and SE/87/2010 are not the authority's FOI reference; the letter has none. Email text with a virus-scan banner (chrome). Response date not in the stored copy.",
        ),
    ),
    # ------------------------------------------------------------------ 18 Perth and Kinross EIR (docx)
    dict(
        n=18, kind="docx",
        source_url="https://sic.uniondigital.uk/decision-1112011",
        footer_url="www.pkc.gov.uk", page_numbers=True,
        letterhead=["Perth & Kinross Council", "2 High Street", "Perth PH1 5PH"],
        blocks=[
            ("h", "Environmental Information (Scotland) Regulations 2004"),
            ("p", "Dear Mr Cuthbert"),
            ("p", "You asked for all information about preparing, or not preparing, a planning brief for the former Kinross High School site."),
            ("p", "Your request concerns land use and has therefore been dealt with under the Environmental Information (Scotland) Regulations 2004."),
            ("p", "No planning brief was prepared for the site, and the Council does not hold information about preparing one. This is notice under regulation 10(4)(a) of the Regulations that the information is not held."),
            ("p", SCOT_EIR_RIGHTS),
        ],
        label=dict(
            authority="Perth & Kinross Council", regime="EIR", reference=None,
            grounds=["r10(4)(a)"], outcome="not_held",
            body=["This is notice under regulation 10(4)(a) of the Regulations that the information is not held."],
            notes="Scottish council under the Scottish EIRs. Reconstructed from the Scottish Information Commissioner's decision 111/2011 (the Council first gave notice under regulation 10(4)(a) that it held nothing; information was found later, at review). This is the first response. Labelled like the dev set's h039: grounds r10(4)(a), outcome not_held. Dates not in the stored copy.",
        ),
    ),
    # ------------------------------------------------------------------ 19 Strathclyde complaint reports (pdf)
    dict(
        n=19, kind="pdf",
        source_url="https://sic.uniondigital.uk/decision-1222007",
        footer_url="www.strathclyde.police.uk", page_numbers=True, letterhead=STRATH_HEAD,
        blocks=[
            ("h", "Freedom of Information (Scotland) Act 2002"),
            ("p", "Dear Mr Brown"),
            ("p", "You made two requests about the complaints you had made to Strathclyde Police: the first for an extract from an officer's notebook and a copy of Inspector A's report, and the second for a copy of Inspector B's report."),
            ("p", "The notebook extract and Inspector A's report are your own personal data, and are therefore exempt under section 38(1)(a) of the Act. You may ask for them under the Data Protection Act 1998, and a form for doing so is enclosed."),
            ("p", "Inspector B's report was prepared in the preliminary investigation of your complaint under regulation 5(1) of the Police (Conduct) (Scotland) Regulations 1996. It is exempt under section 35(1)(g), read with section 35(2)(b), because its disclosure would prejudice substantially the force's ability to establish whether any officer has acted improperly."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Strathclyde Police", regime="FOISA", reference=None,
            grounds=["s38(1)(a)", "s35(1)(g)", "s35(2)(b)"], outcome="refused",
            body=["The notebook extract and Inspector A's report are your own personal data, and are therefore exempt under section 38(1)(a) of the Act."],
            notes="Reconstructed from the Scottish Information Commissioner's decision 122/2007 (two requests; all withheld, the first under s38(1)(a); the decision's provisions add s35(1)(g) read with s35(2)(b), and the Police (Conduct) (Scotland) Regulations 1996 regulation 5(1), which is cited but is not a ground). Which exemption covers the second report is my reading. Dates not in the stored copy. Nothing given -> refused.",
        ),
    ),
    # ------------------------------------------------------------------ 20 Police Scotland Aberdeen property (text)
    dict(
        n=20, kind="text",
        source_url="https://sic.uniondigital.uk/decision-0042015",
        text_preamble=["OFFICIAL"], text_postamble=["OFFICIAL"],
        letterhead=PS_HEAD,
        blocks=[
            ("h", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"),
            ("p", "Your request of 20 August 2014 asked for all information held about any police investigation, from 2008 onwards, into Aberdeen City Council's property transactions."),
            ("p", "In 2008 the Controller of Audit's report noted that Grampian Police had copies of the internal and external audit reports and were considering the position. Searches of the records of the legacy Grampian Police, now held by Police Scotland, have found no record of an investigation being opened."),
            ("p", "Police Scotland does not hold the information you have requested, and this letter is notice of that in terms of section 17(1) of the Act."),
            ("p", FOISA_RIGHTS),
        ],
        label=dict(
            authority="Police Scotland", regime="FOISA", reference=None,
            mentioned=["s17(1)"], outcome="not_held",
            body=["Police Scotland does not hold the information you have requested, and this letter is notice of that in terms of section 17(1) of the Act."],
            chrome=["OFFICIAL"],
            notes="Reconstructed from the Scottish Information Commissioner's decision 004/2015 (request 20 August 2014; Police Scotland said the information was not held, and the Commissioner accepted this; the audit report of 22 April 2008 is quoted in the decision). Text copy with OFFICIAL at top and foot of a one-page letter (repetition cannot reveal it). The response date is cut from the stored copy. Not held -> not_held.",
        ),
    ),
]
