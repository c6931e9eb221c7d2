"""let11: letters from bodies answering police-related questions outside the police forces themselves:
Cheshire Fire and Rescue Service (two), Lincolnshire County Council for its fire and rescue service, West
Midlands Fire Service (two), Devon County Council (two, new to the corpus: correspondence with Devon &
Cornwall Police, and a PSPO request it does not hold), Transport for London (speed cameras, EIR), Hereford &
Worcester and Essex County fire and rescue services, the Office of the Police and Crime Commissioner for North
Yorkshire (three), Shropshire Fire and Rescue Service, and two police letters (the Met, Cheshire Constabulary).

Facts are those of the real response at `source_url`; the words are new. Stored copies give only a
page's opening: where a letter goes on past what the copy shows, the notes say so, and the letter ends
where the copy ends (followed by the rights paragraph) rather than with supplied text. No id of this
batch is in writer_completed.txt.
"""
from tests.real.letter_specs import EIR_RIGHTS, FOIA_RIGHTS

CHESHIRE_FRS_HEAD = ["Cheshire Fire and Rescue Service", "Information Governance", "Clemonds Hey, Oakmere Road",
                     "Winsford, Cheshire CW7 2UA"]
LINCS_HEAD = ["Lincolnshire County Council", "Lincolnshire Fire and Rescue", "Information Governance",
              "County Offices, Newland", "Lincoln LN1 1YL"]
WMFS_HEAD = ["West Midlands Fire Service", "Data Management", "99 Vauxhall Road", "Birmingham B7 4HW"]
DEVON_HEAD = ["Devon County Council", "Information Governance Team", "County Hall, Topsham Road", "Exeter EX2 4QD"]
MET_HEAD = ["Metropolitan Police Service", "Information Rights Unit", "PO Box 57192", "London SW6 1SF"]
NY_OPCC_HEAD = ["Office of the Police and Crime Commissioner for North Yorkshire", "12 Granby Road", "Harrogate HG1 4ST"]
NY_OPFCC_HEAD = ["Office of the Police, Fire and Crime Commissioner for North Yorkshire", "12 Granby Road",
                 "Harrogate HG1 4ST"]

WMFS_CLOSE = ("If you have any questions about this reply, please get in touch, quoting the reference above in any "
              "later correspondence. If you are not satisfied with the way your request was handled and want to "
              "complain or ask for our decision to be reviewed, please write to the Public Relations Department, "
              "West Midlands Fire Service, 99 Vauxhall Road, Birmingham B7 4HW. You may also contact the "
              "Information Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")

HOAX_ROWS = [
    ["FAM - Activation of fire call point/alarm", "30", "24", "21", "18", "26", "6", "125"],
    ["FAM - By phone", "14", "3", "6", "10", "8", "4", "45"],
    ["FAM - By phone, call not challenged", "12", "8", "13", "8", "8", "", "49"],
    ["FAM - Other", "", "", "1", "", "2", "", "3"],
    ["FAM - Special Service - Not required", "3", "3", "2", "1", "4", "1", "14"],
    ["Grand Total", "59", "38", "43", "37", "48", "11", "236"],
]
MALICIOUS_ROWS = [["2010", "50322", "3502", "1445"], ["2011", "52509", "3459", "1245"],
                  ["2012", "38691", "2962", "846"], ["2013", "38562", "2674", "634"],
                  ["2014", "35098", "1192", "522"], ["2015", "35018", "885", "487"]]

LETTERS = [
    # ------------------------------------------------------------------ 01 Cheshire FRS floor plans, s24(1) (pdf)
    dict(
        n=1, kind="pdf",
        source_url="https://www.cheshirefire.gov.uk/your-service/gdpr-data-protection/freedom-of-information/disclosure-log/2023/foi-1858---floor-plans/",
        marking="OFFICIAL", footer_url="www.cheshirefire.gov.uk", page_numbers=True, letterhead=CHESHIRE_FRS_HEAD,
        footer_text="This disclosure log entry was last revised on Friday, 16 February 2024",
        blocks=[
            ("h", "FOI 1858 - Floor Plans"),
            ("h", "Your request"),
            ("p", "You asked for the floor plans of the Chester, Ellesmere Port and Nantwich fire stations, and which vehicle is based at each."),
            ("h", "Our response"),
            ("p", "Cheshire Fire and Rescue Service (CFRS) confirms that it holds the information you asked for, but it will not release it, relying on Section 24(1) of the Freedom of Information Act, which concerns national security."),
            ("p", "CFRS has given out information about its fire stations in the past. It has looked at the question again because of the raised level of security risk across the country and a run of thefts from fire stations."),
            ("p", "The national security exemption turns on the effect that releasing information would have, not on the information as such. CFRS takes the view that plans of its buildings could be used to help plan crime or a terrorist attack. Fire and rescue services form part of the county's Critical National Infrastructure, so CFRS must protect its assets and keep them secure, so that it stays resilient and can send its resources where they are needed."),
            ("p", "In applying the exemption CFRS has to weigh whether the public interest is better served by releasing the information or by withholding it."),
            ("p", "CFRS accepts that the public has an interest in this information. Against that there is a strong reason for withholding it: national security must not be put at risk, and showing the layout of its buildings could do so by exposing valuable assets to theft or damage."),
            ("p", "CFRS has to keep its assets available if it is to carry out its statutory duties. It has therefore concluded that, on balance, the public interest in withholding the information is stronger than the public interest in releasing it."),
            ("p", FOIA_RIGHTS),
            ("sign", ["Information Governance Team", "Cheshire Fire and Rescue Service"]),
        ],
        label=dict(
            authority="Cheshire Fire and Rescue Service", regime="FOIA", reference="FOI 1858", outcome="refused",
            grounds=["s24(1)"],
            body=["The national security exemption turns on the effect that releasing information would have, not on the information as such.",
                  "CFRS has to keep its assets available if it is to carry out its statutory duties."],
            notes="Cheshire Fire and Rescue Service's 2023 log entry 'FOI 1858 - Floor Plans' as a one-page letter with OFFICIAL bands, a web-address footer, 'Page 1 of 1' and a footer line carrying the log page's 'Last updated: Friday, 16 February 2024' (a page date, not the response date -> response_date null). A police-adjacent security question (crime, terrorism, thefts from fire stations) answered by a fire service. CFRS confirms it holds the plans and withholds all of them under 'Section 24(1)' with a public interest test: refused, ncnd false. Reference from the title line, 'FOI ' prefix kept as written (score.py strips it). The stored copy is the whole entry.",
        ),
    ),
    # ------------------------------------------------------------------ 02 Lincolnshire FRS hoax calls, table (docx)
    dict(
        n=2, kind="docx",
        source_url="https://www.lincolnshire.gov.uk/directory-record/69856/fake-or-time-wasting-incidents-the-fire-and-rescue-service-has-attended-in-the-past-five-years",
        footer_url="www.lincolnshire.gov.uk/foi", page_numbers=True, letterhead=LINCS_HEAD,
        footer_text="Lincolnshire County Council \u00b7 Information Governance \u00b7 County Offices, Newland, Lincoln LN1 1YL",
        blocks=[
            ("qa", [("Reference number", "4048553"), ("Date request received", "29 April 2022"),
                    ("Date of decision", "24 May 2022")], {"ruled": False}),
            ("h", "Fake or Time Wasting Incidents The Fire and Rescue Service has Attended in the Past Five Years"),
            ("h", "Request"),
            ("p", "You asked for the number of 'fake' or 'time wasting' incidents the service has attended in Lincolnshire in the past five years (2017-2021, and 2022 up to the date of your request), with: a. the figure broken down by year; b. a list of the reasons callers gave for the callouts, even where these proved untrue; and c. if possible, how many times each reason was given."),
            ("p", "You added that 'misuse of the 999 service' might be a better term than hoax, and that you were interested both in calls defined as hoaxes and in calls where someone may have faked an illness, such as a stroke, for improper reasons, for example to worry family members or to get attention."),
            ("h", "Decision"),
            ("p", "The table below answers questions 1a, 1b and 1c."),
            ("p", "Lincolnshire Fire and Rescue (LFR) records incidents of this kind under the category 'False alarm malicious'. The national recording system used by LFR has no further category that would answer 'Misuse of the 999 service', or calls where someone may be faking an illness such as a stroke for inappropriate reasons."),
            ("table", dict(caption="Number of Incidents",
                           header=["Reason for false alarm malicious", "2017", "2018", "2019", "2020", "2021", "2022", "Grand Total"],
                           rows=HOAX_ROWS, repeat_header=True)),
            ("p", FOIA_RIGHTS),
            ("sign", ["Information Governance", "Lincolnshire County Council"]),
        ],
        label=dict(
            authority="Lincolnshire County Council", regime="FOIA", reference="4048553", outcome="disclosed",
            date="2022-05-24", chrome=["Page 1 of 1"],
            body=["The table below answers questions 1a, 1b and 1c.",
                  "Lincolnshire Fire and Rescue (LFR) records incidents of this kind under the category 'False alarm malicious'."],
            notes="Lincolnshire County Council's 'Find a freedom of information request' record, answering for its fire and rescue service (LFR is the council's own service, so the council is the answering body, as in web14_01 and let10_02), set out as a Word letter with a web-address footer, a contact footer line and a PAGE/NUMPAGES field. Fields in an unruled block: 'Reference number 4048553' (bare number), 'Date request received 29 April 2022', 'Date of decision 24 May 2022' -> response_date 2022-05-24. One eight-column table with a 'Grand Total' column and row; empty cells where the source leaves a year blank (2022 for 'By phone, call not challenged'; 2017, 2018, 2020 and 2022 for 'Other'); the totals add up as in the source. The hoax question is police-adjacent (misuse of the 999 service). Everything asked is answered from the one category held, with no exemption: disclosed. The stored copy is the whole record.",
        ),
    ),
    # ------------------------------------------------------------------ 03 WMFS malicious calls, table + not held (pdf)
    dict(
        n=3, kind="pdf",
        source_url="https://www.wmfs.net/foi-entry/16005/",
        footer_url="www.wmfs.net", page_numbers=True, letterhead=WMFS_HEAD,
        footer_text="Working to make the West Midlands safer, stronger and healthier",
        blocks=[
            ("qa", [("Ref:", "FOI/16005")], {"ruled": False}),
            ("h", "16005 \u2013 Malicious Calls"),
            ("p", "West Midlands Fire Service has now finished its search for the information you asked for on 16th December 2015. A summary of what we found is set out below."),
            ("h", "Request"),
            ("p", "How many '999' calls did WMFS receive in each of the years 2010 to 2015, and, for the same years, how many of those calls were classed as 'prank' calls?"),
            ("h", "Reply"),
            ("table", dict(header=["Year", "999 calls", "FAM received", "FAM attended"], rows=MALICIOUS_ROWS,
                           col_widths=[90, 110, 110, 110])),
            ("h", "Request"),
            ("p", "For each of those years, how many people were taken to court for making prank calls to West Midlands Fire Service?"),
            ("h", "Reply"),
            ("p", "This information is exempt under section 1 of the Freedom of Information Act 2000, as we do not hold it. West Midlands Fire Service has no power to bring prosecutions; that information is held by the police."),
            ("p", WMFS_CLOSE),
            ("sign", ["Data Management", "West Midlands Fire Service"]),
        ],
        label=dict(
            authority="West Midlands Fire Service", regime="FOIA", reference="FOI/16005", outcome="partial",
            mentioned=["s1"],
            body=["This information is exempt under section 1 of the Freedom of Information Act 2000, as we do not hold it.",
                  "For each of those years, how many people were taken to court for making prank calls to West Midlands Fire Service?"],
            notes="West Midlands Fire Service log entry 16005 as a one-page letter with a web-address footer, a strapline footer and 'Page 1 of 1'; 'Ref: FOI/16005' in an unruled field line. The 999-call and FAM (false alarm malicious) figures for 2010-2015 are given in a four-column table with the cells as written; the prosecutions question is answered 'exempt under section 1 ... as we do not hold this information' and pointed to the police: partial (some given, the rest not held). Section 1 is not an exemption and is only named, so it is mentioned, not relied on; no ground is relied on. '16th December 2015' is the date of the request -> response_date null. The stored copy is the whole entry; the closing review paragraph is reworded.",
        ),
    ),
    # ------------------------------------------------------------------ 04 WMFS deliberate fires, locations withheld (docx)
    dict(
        n=4, kind="docx",
        source_url="https://www.wmfs.net/foi-entry/fire-statistics-for-april-2014-to-april-2015-18060/",
        footer_url="www.wmfs.net", page_numbers=True, letterhead=WMFS_HEAD,
        footer_text="West Midlands Fire Service \u00b7 99 Vauxhall Road \u00b7 Birmingham B7 4HW \u00b7 0330 058 9000",
        blocks=[
            ("qa", [("Ref:", "FOI/18060")], {"ruled": False}),
            ("h", "18060 \u2013 Deliberate fires incidents April 2017 to April 2018"),
            ("p", "Summary: a request for information about fire statistics for April 2014 to April 2015."),
            ("p", "West Midlands Fire Service has now completed its search for the information you asked for on 23rd April 2018, and our findings are summarised below."),
            ("h", "Request 1"),
            ("p", "Last year you asked us for the fire statistics for April 2014 to April 2015, which we supplied. You are still working on the same project and asked for the same statistics for the years April 2016 \u2013 April 2017 and April 2017 \u2013 April 2018, this time for deliberate fires only."),
            ("h", "Reply 1"),
            ("p", "Please see the attached spreadsheet of incident data."),
            ("h", "Request 2"),
            ("p", "You also asked for the eastings and northings of each fire incident in those two years, if possible."),
            ("h", "Reply 2"),
            ("p", "Eastings and northings would give the exact location of each incident, and supplying them would contravene the Data Protection Act 1998 and the incoming General Data Protection Regulation (GPDR). West Midlands Fire Service has therefore decided not to release this information: we must respect the privacy of individuals and make sure that we do not contravene the Data Protection Act 1998 or the incoming GPDR."),
            ("h", "Request 3"),
            ("p", "In a follow-up question about the data, you noted that the location is given as a 'ward' and asked what the wards are and how the Fire Service divides them."),
            ("h", "Reply 3"),
            ("p", "A ward is a local authority area, usually used for electoral purposes. Wards are normally named after neighbourhoods, thoroughfares, parishes, landmarks or geographical features, and in some cases after historical figures linked with the area."),
            ("p", "West Midlands Fire Service has strategically located fire stations, divided into six command areas (Birmingham, Coventry, Dudley, Solihull, Walsall and Wolverhampton)."),
            ("p", WMFS_CLOSE),
            ("sign", ["Data Management", "West Midlands Fire Service"]),
        ],
        label=dict(
            authority="West Midlands Fire Service", regime="FOIA", reference="FOI/18060", outcome="partial",
            chrome=["Page 1 of 1"],
            body=["West Midlands Fire Service has therefore decided not to release this information: we must respect the privacy of individuals and make sure that we do not contravene the Data Protection Act 1998 or the incoming GPDR.",
                  "Please see the attached spreadsheet of incident data."],
            notes="West Midlands Fire Service log entry 18060 as a Word letter with a web-address footer, a contact footer line and a PAGE/NUMPAGES field. The log's title (deliberate fires, April 2017 to April 2018) and its summary line (fire statistics for April 2014 to April 2015) disagree, as in the source; both kept. Deliberate-fire incident data are given as an attachment, the eastings and northings asked for are withheld because releasing exact locations would contravene the 'Data Protection Act 1998 and the incoming General Data Protection Regulation (GPDR)' (the source's misspelling kept), and the ward question is answered: partial. No FOIA section is cited for the withholding, so grounds are empty (a withholding that rests on data protection law named outside the Act). '23rd April 2018' is the request date -> response_date null. The stored copy is the whole entry; the page's download line for the attachment is not kept, and the closing is reworded.",
        ),
    ),
    # ------------------------------------------------------------------ 05 Devon CC, police correspondence, s40(2) s31(1)(a) (pdf)
    dict(
        n=5, kind="pdf",
        source_url="https://www.devon.gov.uk/accesstoinformation/?p=11080",
        marking="OFFICIAL", footer_url="www.devon.gov.uk/accesstoinformation", page_numbers=True, letterhead=DEVON_HEAD,
        blocks=[
            ("h", "Heavitree and Whipton Active Street Trial"),
            ("h", "Request 1"),
            ("p", "You asked for all correspondence between Devon & Cornwall Police, Devon and Somerset Fire and Rescue and South Western Ambulance Service about the current LTN / Active Street Trial for Heavitree and Whipton, together with all notes and minutes of meetings."),
            ("h", "Response"),
            ("p", "Part of this information has already been published on our disclosure log."),
            ("p", "The rest of the information is in the online folder that accompanies this response."),
            ("p", "Please note that the documents have been redacted. The redacted information is exempt under Section 40(2) of the Freedom of Information Act (Personal Data). Devon County Council (DCC) need not provide information that is another person's personal information where releasing it would breach any of the provisions of the Data Protection Act 2018. Here we consider that release would breach the first data protection principle, so Section 40(2) applies."),
            ("p", "Some information has been withheld under Section 31(1)(a), the prevention or detection of crime. DCC regards this information as valuable intelligence that could be used to plan a successful attack on our infrastructure, so releasing it would make it more likely that DCC becomes the victim of further criminal attacks."),
            ("p", "We have weighed the public interest. There is a strong public interest in openness and transparency, but we consider the public interest in the Council keeping its infrastructure secure and intact to be stronger. That consideration carries significant weight given the current situation in the Heavitree and Whipton areas and the recent vandalism and arson attacks. For these reasons we consider that the balance of public interest favours withholding this information."),
            ("h", "Request 2"),
            ("p", FOIA_RIGHTS),
            ("sign", ["Information Governance Team", "Devon County Council"]),
        ],
        label=dict(
            authority="Devon County Council", regime="FOIA", reference=None, outcome="partial",
            grounds=["s40(2)", "s31(1)(a)"],
            body=["Part of this information has already been published on our disclosure log.",
                  "For these reasons we consider that the balance of public interest favours withholding this information."],
            notes="New body: Devon County Council, answering for correspondence with Devon & Cornwall Police (and the fire and ambulance services) about a low-traffic-neighbourhood trial after vandalism and arson attacks. A one-page letter with OFFICIAL bands, a web-address footer and 'Page 1 of 1'. Part 1: some material already on the council's disclosure log (no section cited for that pointer, so no s21), the rest released in a folder with personal data redacted under 'Section 40(2)' and some information withheld under 'Section 31(1)(a)' after a public interest test: partial. The Data Protection Act 2018 is named as the law s40(2) points to, not as a ground. The stored copy stops at the start of part 2 ('Please provide al...'), so the letter goes from the 'Request 2' heading to the rights paragraph. No reference (the record number is only in the page address) and no date.",
        ),
    ),
    # ------------------------------------------------------------------ 06 Devon CC, PSPOs not held (text)
    dict(
        n=6, kind="text",
        source_url="https://www.devon.gov.uk/accesstoinformation/archives/information_request/public-space-protection-order-2",
        text_preamble=["Skip to main content", "Devon County Council", "Access to information \u203a Archives \u203a Information requests",
                       "Search the archive of information requests"],
        text_postamble=["Was this page useful? Yes \u00b7 No", "Share this page: Facebook \u00b7 X \u00b7 Email",
                        "Accessibility \u00b7 Privacy \u00b7 Cookies \u00b7 Contact Devon County Council"],
        blocks=[
            ("h", "Public Space Protection Order"),
            ("p", "1. How many Public Spaces Protection Orders (also called Public Space Protection Orders, or PSPOs) did the council bring in during 2014, 2015, 2016 and 2017, and between Jan 1st and May 3rd in 2018?"),
            ("p", "1a. For the PSPOs brought in during 2017 and from Jan 1st \u2013 May 3rd 2018, please supply the text of each order, or a link to it."),
            ("p", "2. How many fines were issued for breaching a PSPO in each of 2014, 2015, 2016 and 2017, and from Jan 1st to May 3rd 2018?"),
            ("p", "2a. For the fines issued in 2017 and from Jan 1st to May 3rd 2018, please break them down by the PSPO each relates to, for example '10 fines relating to PSPO x' and '8 fines relating to PSPO y'."),
            ("p", "3. Are any consultations on new PSPOs open at present, or recently closed and still being considered? If so, how many, and please give a link to each consultation."),
            ("p", "Public Space Protection Orders are made by district, unitary and city councils, so Devon County Council does not hold this information. We suggest that you contact the district, unitary or city council for the area you are interested in."),
            ("p", "Contact details for the district, unitary and city councils are on our website at:"),
        ],
        label=dict(
            authority="Devon County Council", regime="FOIA", reference=None, outcome="not_held",
            chrome=["Skip to main content", "Access to information \u203a Archives \u203a Information requests",
                    "Search the archive of information requests", "Was this page useful? Yes \u00b7 No",
                    "Share this page: Facebook \u00b7 X \u00b7 Email",
                    "Accessibility \u00b7 Privacy \u00b7 Cookies \u00b7 Contact Devon County Council"],
            body=["Public Space Protection Orders are made by district, unitary and city councils, so Devon County Council does not hold this information.",
                  "3. Are any consultations on new PSPOs open at present, or recently closed and still being considered?"],
            notes="Devon County Council's archived information-request page as a crawler's text, with the site's skip link, breadcrumb, search prompt, feedback, share and footer lines (reworded) around it. A county council asked about PSPOs (an anti-social-behaviour power used with the police) says they are made by district, unitary and city councils and that it does not hold any of it, then points the requester to those councils: not_held for all (the pointer to other bodies does not give any of the information). No ground and no reference or date on the page. The stored copy stops after 'can be found on our website at:', so the text ends there. The council's name in the site header line is not labelled as chrome because it also names the body in the answer.",
        ),
    ),
    # ------------------------------------------------------------------ 07 TfL speed cameras, EIR r12(4)(b) (pdf)
    dict(
        n=7, kind="pdf",
        source_url="https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?referenceId=FOI-4371-2324",
        footer_url="tfl.gov.uk/foi", page_numbers=True,
        letterhead=["Transport for London", "FOI Case Management Team", "General Counsel", "5 Endeavour Square",
                    "London E20 1JN"],
        footer_text="Transport for London \u00b7 Every journey matters",
        blocks=[
            ("qa", [("Request ID:", "FOI-4371-2324"), ("Date published:", "18 March 2024")], {"ruled": False}),
            ("h", "You asked"),
            ("p", "Under the Freedom of Information Act 2000 you asked about the calibration of the speed cameras TfL manages:"),
            ("bullet", "1. a list of all the speed cameras under TfL's jurisdiction as at the date of your request;"),
            ("bullet", "2. the date of the last calibration check of each camera listed, with the location or identification number of each camera;"),
            ("bullet", "3. details of the calibration process: how calibrations are carried out and by whom (an internal team or an external contractor, for example);"),
            ("bullet", "4. any documents or reports produced as a result of the last calibration checks;"),
            ("bullet", "5. if available, the next scheduled calibration date for each camera."),
            ("p", "You asked for the information in electronic form where possible, and to be told early if the request was too broad or unclear or if any delay was expected."),
            ("h", "We answered"),
            ("p", "Our ref: FOI-4371-2324/GH"),
            ("p", "Thank you for your request about speed cameras, which Transport for London (TfL) received on 26 February 2024."),
            ("p", "We have considered your request under the Environmental Information Regulations and our information access policy."),
            ("p", "I can confirm that we hold some of the information you want. Given how much information you are asking for, however, we are applying Regulation 12(4)(b), as we consider the request to be 'manifestly unreasonable'."),
            ("p", EIR_RIGHTS),
            ("sign", ["FOI Case Officer", "FOI Case Management Team, General Counsel", "Transport for London"]),
        ],
        label=dict(
            authority="Transport for London", regime="EIR", reference="FOI-4371-2324", outcome="refused",
            grounds=["r12(4)(b)"],
            body=["We have considered your request under the Environmental Information Regulations and our information access policy.",
                  "Given how much information you are asking for, however, we are applying Regulation 12(4)(b), as we consider the request to be 'manifestly unreasonable'."],
            notes="Transport for London's request-detail page (speed-camera calibration, an enforcement question usually put to the police) as a letter with a web-address footer, a strapline footer and 'Page 1 of 1'. The request was made under FOIA, but TfL handles it under the Environmental Information Regulations -> regime EIR. Fields 'Request ID: FOI-4371-2324' and 'Date published: 18 March 2024' (a publication date, not the response date -> null; 26 February 2024 is the date of receipt); the reply's own 'Our ref: FOI-4371-2324/GH' carries a case officer's suffix, and the Request ID is labelled, as in web10_18. TfL holds some of the information but refuses the request as manifestly unreasonable under 'Regulation 12(4)(b)': refused. The stored copy stops inside the reason ('would imp...'), so the letter ends with the citation, then the rights paragraph.",
        ),
    ),
    # ------------------------------------------------------------------ 08 Cheshire FRS drones, police drone team (docx)
    dict(
        n=8, kind="docx",
        source_url="https://www.cheshirefire.gov.uk/your-service/gdpr-data-protection/freedom-of-information/disclosure-log/2023/fio-1840---drone-technology/",
        footer_url="www.cheshirefire.gov.uk", page_numbers=True, letterhead=CHESHIRE_FRS_HEAD,
        footer_text="Cheshire Fire Authority \u00b7 protecting the communities of Cheshire, Halton and Warrington",
        blocks=[
            ("h", "FIO 1840 - Drone Technology"),
            ("p", "Thank you for your request. Each of your questions is set out below with our answer."),
            ("qa", [
                ("1. Do you use drone technology", "Cheshire Fire & Rescue Service (CFRS) does not at present have an operational drone asset in service."),
                ("2. How many drones do you have at your disposal?", "CFRS has no drones of its own. When a drone asset is needed at an operational incident, the Cheshire Police Drone Team can be asked to support. If the Cheshire Police Drone Team is not available, a request can be made to a neighbouring Fire and Rescue Service that has a drone: Merseyside, Lancashire and Greater Manchester FRS all have drone assets that could be asked for as cross-border assistance. CFRS can also request a drone asset through National Resilience."),
                ("3. Do you share the drones with other agencies", "Yes, as above."),
                ("4. If you share the drones with other agencies, which agency takes priority in the event of a multi agency incident where there is a conflict of use.", "The agency leading the incident remains responsible for its command and control. Multi-agency partners follow the Joint Emergency Services Interoperability Principles (JESIP) and work closely together during the incident, using each agency's capabilities to bring it to a safe and effective end."),
                ("5. What capital expenditure has been utilised on drone technology between 2017 \u2013 2022", "Approx 10k per annum cumulatively"),
                ("6. What is the annual revenue expenditure associated with maintaining your drone capability", ""),
                ("7. What arrangements do you have in place for crewing/operating the drones", "As above: a request is made to the Cheshire Police Drone Team, to a neighbouring Fire & Rescue Service, or through National Resilience."),
                ("8. Please provide operational statistics detailing the number of times the drone/s have been deployed between 2017 \u2013 20022", "While CFRS owned a drone asset, it was requested to only 7 operational incidents."),
            ], {"header": ["Question", "Response"]}),
            ("p", FOIA_RIGHTS),
            ("sign", ["Information Governance Team", "Cheshire Fire and Rescue Service"]),
        ],
        label=dict(
            authority="Cheshire Fire and Rescue Service", regime="FOIA", reference="FIO 1840", outcome="disclosed",
            chrome=["Page 1 of 1"],
            body=["CFRS has no drones of its own. When a drone asset is needed at an operational incident, the Cheshire Police Drone Team can be asked to support.",
                  "While CFRS owned a drone asset, it was requested to only 7 operational incidents."],
            notes="Cheshire Fire and Rescue Service's 2023 log entry as a Word letter whose questions and answers sit in a ruled two-column grid with a repeated header row, a web-address footer, a strapline footer and a PAGE/NUMPAGES field. The reference is written 'FIO 1840' in the source's title (a transposed prefix, kept as written; the page address says 'fio-1840' too). Another body is named in the answers: the Cheshire Police Drone Team (and Merseyside, Lancashire and Greater Manchester FRS), which is not the answering body. Every question shown is answered except question 6, whose answer the source leaves blank (kept blank, not filled in); nothing is withheld or said to be not held: disclosed (judgement call on the blank cell). The source's typo '2017 \u2013 20022' in question 8 is kept. The stored copy stops inside question 9, which is left out.",
        ),
    ),
]
