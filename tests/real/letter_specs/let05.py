"""let05: cameras and enforcement (ANPR, LEZ, CCTV makes) answered by forces, Transport for London
and the City of Edinburgh under FOIA and both sets of EIRs; national police bodies (Ministry of
Defence Police, British Transport Police, the IOPC) and the Foreign Office on an overseas police
force; councils in Northern Ireland and Scotland; a PFCC; the Thames Valley/Hampshire joint unit
and the West Mercia/Warwickshire alliance.

Facts are those of the real response at `source_url`; the words are new. Where the stored copy
stopped short, or the letter is rebuilt from a decision that summarises it, the notes say so.
"""
from tests.real.letter_specs import EIR_RIGHTS, FOIA_RIGHTS, FOISA_RIGHTS

SCOT_EIR_RIGHTS = (
    "If you are dissatisfied with this response you may ask us to review it within 40 working days, "
    "and you may then apply to the Scottish Information Commissioner for a decision."
)

LETTERS = [
    # ------------------------------------------------------------------ 01 Lancashire ANPR (text, blog)
    dict(
        n=1, kind="text",
        source_url="http://fuelinjectedmoose.blogspot.com/2011/06/i-recently-sent-foi-request-to.html",
        text_preamble=["Fuel Injected Moose", "Saturday, 18 June 2011", "Follow up on FOI request Re: ANPR cameras",
                       "After Big Brother Watch wrote about Devon and Cornwall Police refusing a similar request, I asked Lancashire Police for the number and location of all their ANPR cameras. They did not refuse outright: I got the numbers but not the locations. The reply is below."],
        text_postamble=["Posted by Moose at 21:14", "2 comments:", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)"],
        blocks=[
            ("p", "Dear Mr Bucko,"),
            ("p", "Thank you for your request for information, received by Lancashire Constabulary on the 13th May 2011, which asked: please provide numbers and locations of all ANPR cameras currently under the control of Lancashire Police."),
            ("p", "We have now considered your request, and some of the information you seek is given below."),
            ("p", "Lancashire Constabulary currently operates 33 fixed ANPR sites, with 67 cameras in use across them. There are a further six sites in Lancashire, not owned or operated by the Constabulary, whose data the force monitors."),
            ("p", "Plans are in place to increase the number of fixed ANPR sites operated by the Constabulary to 55 by the end of 2011."),
            ("p", "The locations of the camera sites cannot be disclosed at this time. They are exempt under the Freedom of Information Act 2000 by virtue of Section 31(1)(a)(b)(c), Law Enforcement, and Section 24(1), National Security, and this letter is a refusal notice for that part of your request under S.17(1) of the Act."),
            ("p", "Sections 24 and 31 are prejudice based, qualified exemptions, so the harm in disclosure has been weighed against the public interest, which on balance favours withholding the locations."),
        ],
        label=dict(
            authority="Lancashire Constabulary", regime="FOIA", reference=None,
            grounds=["s31(1)(a)", "s31(1)(b)", "s31(1)(c)", "s24(1)"], mentioned=["s17(1)"], outcome="partial",
            body=["Plans are in place to increase the number of fixed ANPR sites operated by the Constabulary to 55 by the end of 2011."],
            chrome=["Posted by Moose at 21:14", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)"],
            notes="A blog post quoting the force's reply in full (the page's own text is chrome around it; its intro is reworded). Figures 33 sites, 67 cameras, six other sites, 55 planned; locations withheld under s31(1)(a)(b)(c) and s24(1) -> partial. No reference in the quoted reply. The blog's date line and footer are mine in wording; the post is from June 2011.",
        ),
    ),
    # ------------------------------------------------------------------ 02 Northumbria ANPR (pdf)
    dict(
        n=2, kind="pdf",
        source_url="http://ww1.northumbria.police.uk/freedom_of_information/disclosure_log/disclosure_log_information_technology/anpr_cameras_32215/",
        marking="NOT PROTECTIVELY MARKED", footer_url="www.northumbria.police.uk", page_numbers=True,
        letterhead=["Northumbria Police", "Disclosure Section", "Middle Engine Lane", "Wallsend NE28 9NT"],
        blocks=[
            ("h", "ANPR cameras - 322/15"),
            ("p", "Dated: 31 Jul 2015"),
            ("p", "Date of request: 25/03/15"),
            ("p", "Date of response: 15/04/15"),
            ("p", "Provision of information held by Northumbria Police made under the Freedom of Information Act 2000 (the 'Act')(FOIA)"),
            ("p", "Thank you for your email of 25 March 2015 asking about ANPR cameras in our area: 1) the total number of ANPR cameras; 2) the roads and streets covered; 3) how many days each week, month or year they are monitored; 4) how many hours they are monitored."),
            ("p", "Searches were made within Northumbria Police, and I confirm that the force holds the information you asked for. I can disclose the following."),
            ("p", "1. There are currently 92."),
            ("p", "2. This information will not be disclosed. In withholding it we rely on Section 24 (1) National Security and Section 31 (1) (a) (b) (c) Law Enforcement."),
            ("p", "3. and 4. Monitoring arrangements would reveal when the network is watched and when it is not, so these parts are withheld under the same exemptions."),
            ("h", "Public Interest in Favour of Disclosure"),
            ("p", "The public are entitled to know how public money is spent and resources are used in policing, and disclosure would let them hold the force to account for its use of ANPR."),
            ("h", "Public Interest in Favour of Withholding"),
            ("p", "Showing where cameras are, and when they are watched, would show where they are not, and could be used by criminals and terrorists to plan routes that avoid detection."),
        ],
        label=dict(
            authority="Northumbria Police", regime="FOIA", reference="322/15",
            grounds=["s24(1)", "s31(1)(a)", "s31(1)(b)", "s31(1)(c)"], outcome="partial", date="2015-04-15",
            body=["1. There are currently 92."],
            notes="Three dates (page 'Dated: 31 Jul 2015', request 25/03/15, response 15/04/15): the response date is 15/04/15. Spaced citations 'Section 24 (1)' and 'Section 31 (1) (a) (b) (c)'. Count given, locations withheld -> partial. The answer to 3-4 and the withholding argument are my completion (the copy stops in the favour-of-disclosure text).",
        ),
    ),
    # ------------------------------------------------------------------ 03 TfL EIR review (pdf)
    dict(
        n=3, kind="pdf",
        source_url="https://caselaw.nationalarchives.gov.uk/ukftt/grc/2024/1064",
        footer_url="tfl.gov.uk", page_numbers=True,
        letterhead=["Transport for London", "FOI Case Management Team", "General Counsel", "5 Endeavour Square", "London E20 1JN"],
        blocks=[
            ("p", "11 October 2023"),
            ("h", "Internal review of your requests for information"),
            ("p", "Between 23 August 2023 and 18 September 2023 you made five requests for the make and model of CCTV, CCTV enforcement and parking enforcement cameras at different locations, under the Freedom of Information Act 2000."),
            ("p", "I have completed the internal review. Information about the cameras used to enforce traffic and parking rules concerns measures affecting the environment, so the correct regime is the Environmental Information Regulations 2004 (the EIR), not the Act, and I have reconsidered your requests under the EIR."),
            ("p", "The information is excepted from disclosure under regulations 12(5)(a), 12(5)(b) and 12(5)(e) of the EIR. Knowing the make and model of a camera at a given place would help people to defeat or tamper with it, harming public safety and the enforcement of traffic law, and it would also reveal commercially confidential details of our supply contracts."),
            ("p", "In each case the public interest in maintaining the exception outweighs the public interest in disclosure, despite the presumption in favour of disclosure in regulation 12(2)."),
            ("p", "This letter is the outcome of the internal review. If you remain unhappy, you may ask the Information Commissioner to look at the way your requests were dealt with."),
        ],
        label=dict(
            authority="Transport for London", regime="EIR", reference=None,
            grounds=["r12(5)(a)", "r12(5)(b)", "r12(5)(e)"], mentioned=["r12(2)"], outcome="refused", date="2023-10-11",
            body=["The information is excepted from disclosure under regulations 12(5)(a), 12(5)(b) and 12(5)(e) of the EIR."],
            notes="Rebuilt from the First-tier Tribunal's decision [2024] UKFTT 1064 (GRC), 'Decision 1A': five requests between 23 August and 18 September 2023 for camera makes and models; TfL's internal review of 11 October 2023 moved them to the EIR and relied on regulations 12(5)(a), 12(5)(b) and 12(5)(e). Reasons and wording are mine; TfL's own references are not in the decision. Refused in full. Police-related enforcement cameras answered by a transport authority.",
        ),
    ),
    # ------------------------------------------------------------------ 04 City of Edinburgh LEZ (docx)
    dict(
        n=4, kind="docx",
        source_url="https://www.foi.scot/decision-2352025",
        footer_url="www.edinburgh.gov.uk", page_numbers=True,
        letterhead=["The City of Edinburgh Council", "Information Rights Team", "Waverley Court", "4 East Market Street", "Edinburgh EH8 8BG"],
        blocks=[
            ("p", "30 January 2025"),
            ("h", "Environmental Information (Scotland) Regulations 2004 - Low Emission Zone cameras"),
            ("p", "On 6 January 2025 you asked for a map and a written list of the locations of all operational Low Emission Zone (LEZ) cameras, and of cameras due to become operational during 2025."),
            ("p", "This is a request for environmental information and has been handled under the Environmental Information (Scotland) Regulations 2004 (the EIRs)."),
            ("p", "The information is excepted from disclosure under regulation 10(5)(a) of the EIRs, because its disclosure would, or would be likely to, prejudice substantially public safety. Enforcement cameras have been damaged and interfered with elsewhere, and a complete list of sites would make that easier."),
            ("p", "We recognise that camera housings are visible on the street, but a complete, mapped list is a different matter, and the public interest in keeping the list back outweighs that in releasing it."),
            ("p", SCOT_EIR_RIGHTS),
        ],
        label=dict(
            authority="City of Edinburgh Council", regime="EIR", reference=None,
            grounds=["r10(5)(a)"], outcome="refused", date="2025-01-30",
            body=["This is a request for environmental information and has been handled under the Environmental Information (Scotland) Regulations 2004 (the EIRs)."],
            notes="Rebuilt from the Scottish Information Commissioner's decision 235/2025 (request 6 January 2025; response 30 January 2025 under regulation 10(5)(a), public safety; the Commissioner upheld it). The letterhead says 'The City of Edinburgh Council'. Refused in full. Wording and reasons are mine.",
        ),
    ),
    # ------------------------------------------------------------------ 05 Ministry of Defence Police informants (pdf)
    dict(
        n=5, kind="pdf",
        source_url="https://slideblast.com/information-regarding-mod-police-informants-from_5a222a251723dd2bf214e1ad.html",
        marking="OFFICIAL", footer_url="www.mod.police.uk", page_numbers=True,
        letterhead=["MDP Secretariat", "Room 126, Building 1070", "MDP HQ Wethersfield", "Braintree, Essex CM7 4AZ", "Fax: 01371 854080"],
        blocks=[
            ("p", "By email"),
            ("p", "Our Ref: eCase: FOI2017/07922 RFI: 226/17"),
            ("p", "Date: 03 October 2017"),
            ("h", "FREEDOM OF INFORMATION ACT 2000: MINISTRY OF DEFENCE POLICE: POLICE INFORMANTS"),
            ("p", "Your email of 10 August 2017, acknowledged on 11 August 2017, is being treated as a request for information under the Freedom of Information Act 2000 (FOIA 2000). You asked how much the force has paid to informants in each financial year from 2012/2013 to 2017/2018 and, if easily retrievable, how much the highest paid informant has received."),
            ("p", "The Ministry of Defence Police holds information relevant to your request. For question one the information is not held by financial year, but it can be given by calendar year."),
            ("table", dict(header=["Calendar Year", "2011", "2012", "2013", "2014", "2015", "2016"],
                           rows=[["Amount paid to informants \u00a3", "202", "870", "0.00", "2210", "4077", "5920"]])),
            ("p", "Information for 2017, and the answer to question two, is withheld under Section 30(2) Investigations and Proceedings, a class based exemption. I have carried out a Public Interest Test and concluded that the balance favours withholding it."),
            ("p", "Release would be likely to prejudice both the process and the people involved: the MDP recognises the value of releasing information in the public interest, but disclosure could jeopardise investigations by damaging working relationships with current informants."),
            ("p", FOIA_RIGHTS),
            ("sign", ["Yours sincerely", "MDP Secretariat"]),
        ],
        label=dict(
            authority="Ministry of Defence Police", regime="FOIA", reference="FOI2017/07922",
            grounds=["s30(2)"], outcome="partial", date="2017-10-03",
            body=["Information for 2017, and the answer to question two, is withheld under Section 30(2) Investigations and Proceedings, a class based exemption."],
            notes="National police body. Combined reference line 'eCase: FOI2017/07922 RFI: 226/17' (the MOD case number and the MDP's own serial); labelled with the eCase number, as the MOD tracks it (debatable: the issue's combined-reference kind). Figures as in the copy (the 2013 cell is '0.00'). Given by calendar year, 2017 and Q2 withheld -> partial. The copy's 'Tel: 01371 85' is cut, so only the fax line is kept.",
        ),
    ),
    # ------------------------------------------------------------------ 06 FCO BIOT police (docx)
    dict(
        n=6, kind="docx",
        source_url="https://docslib.org/doc/12365070/foi-letter-template",
        footer_url="www.gov.uk/fco", page_numbers=True,
        letterhead=["Overseas Territories Directorate", "Foreign and Commonwealth Office", "King Charles Street", "London SW1A 2AH", "Website: https://www.gov.uk"],
        pdf_title="FOI letter template",
        blocks=[
            ("addr", ["Mr A Schofield", "By email"]),
            ("p", "30 October 2015"),
            ("p", "Dear Mr Schofield"),
            ("h", "FREEDOM OF INFORMATION ACT 2000 REQUEST REF: 0863-15"),
            ("p", "Thank you for your email of 31 August 2015 asking, about the British Indian Ocean Territory Police, for: a) the number of staff employed by or seconded to the BIOT Police in each role; b) income and expenditure accounts for the last three financial years; c) job descriptions and ranks or grades for the roles ROPO1, ROPO2 and so on; d) crime statistics for each of the last three years."),
            ("p", "We have now finished searching for the information. The Foreign and Commonwealth Office (FCO) holds some information relevant to your request. Senior BIOT Administration officials in London receive information on most of these areas, but much of it is kept on Diego Garcia rather than in London, because of its operational nature."),
            ("p", "a) There are currently 10 ROPOs (Royal Overseas Police Officers) in the British Indian Ocean Territory."),
            ("p", "b) We hold only limited, headline information on BIOT police expenditure. From our ledger:"),
            ("table", dict(header=["Financial year", "Ledger heading", "Expenditure"],
                           rows=[["FY 12-13", "Police and Court Equipment", "$504.43"], ["FY 13-14", "Police Expenditure", "$3,611.07"],
                                 ["FY 14-15", "Police Expenditure", "$4,050.32"]])),
            ("p", "c) and d) Job descriptions and crime statistics are kept by the BIOT Administration on Diego Garcia and are not held by the FCO in London."),
            ("p", FOIA_RIGHTS),
        ],
        label=dict(
            authority="Foreign and Commonwealth Office", regime="FOIA", reference="0863-15",
            outcome="partial", date="2015-10-30",
            body=["a) There are currently 10 ROPOs (Royal Overseas Police Officers) in the British Indian Ocean Territory."],
            notes="Government department answering about an overseas police force. The mirror titled the file 'FOI letter template' (kept as the Word title; trap). Figures as in the copy; the table is built from the copy's sentence. Answers c) and d) are my completion of 'not kept in London' -> partial (given + not held).",
        ),
    ),
    # ------------------------------------------------------------------ 07 IOPC reviewer (text)
    dict(
        n=7, kind="text",
        source_url="https://www.whatdotheyknow.com/request/audit_trail_for_iopc_refusal_of",
        text_preamble=["From: Independent Office for Police Conduct", "Subject: Your information request - our reference 1009288"],
        text_postamble=["Independent Office for Police Conduct (IOPC)", "PO Box 473, Sale M33 0BW", "www.policeconduct.gov.uk",
                        "Follow us on X: @policeconduct",
                        "This email and any files sent with it are confidential and intended only for the addressee."],
        blocks=[
            ("p", "Dear requester,"),
            ("p", "Our reference: 1009288"),
            ("p", "Thank you for your request about the review of your earlier request, FOI 1009057. Our answers follow."),
            ("p", "Q1. You asked what FOI training or legal qualifications Mr Benson, Head of Finance, who signed the final review decision on 5th May, holds, and how many FOI reviews he has completed in the past 12 months."),
            ("p", "Mr Benson has had the in-house data protection and freedom of information training given to all staff. Our reviewers are chosen not for FOI, data protection or legal qualifications but because they took no part in the first decision and hold a more senior role. Counting your own request, Mr Benson has carried out two FOI reviews in the last 12 months."),
            ("p", "Q2. You asked why the first response to FOI 1009057, supplied on 26th March 2021, was also signed by Mr Benson."),
            ("p", "The handwritten signature on our letters of 5 May 2021 and 26 March 2021 is not Mr Benson's own. Our letter of 5 May should have shown 'pp' below the signature to make clear it was signed on his behalf, and we apologise for the omission."),
        ],
        label=dict(
            authority="Independent Office for Police Conduct", regime="FOIA", reference="1009288",
            outcome="disclosed",
            body=["Counting your own request, Mr Benson has carried out two FOI reviews in the last 12 months."],
            chrome=["Follow us on X: @policeconduct", "This email and any files sent with it are confidential and intended only for the addressee."],
            notes="Police complaints body. The requester's follow-up on WDTK quotes the IOPC's reply to request 1009288 in full (questions and answers); this letter renders that reply. Trap: a second reference, FOI 1009057, belongs to the earlier request. The date of reply 1009288 is not in the copy. Both answers given -> disclosed. Email signature and social handle are chrome (the address lines are the body's contact block).",
        ),
    ),
    # ------------------------------------------------------------------ 08 BTP armed officers (pdf)
    dict(
        n=8, kind="pdf",
        source_url="https://www.mayorwatch.co.uk/british-transport-police-force-finally-reveals-how-many-armed-cops-it-employs/",
        marking="OFFICIAL", footer_url="www.btp.police.uk", page_numbers=True,
        letterhead=["British Transport Police", "Disclosure Unit", "2nd Floor, 3 Callaghan Square", "Cardiff CF10 5BT"],
        blocks=[
            ("h", "Freedom of Information Request - Authorised Firearms Officers"),
            ("p", "You asked how many Authorised Firearms Officers (AFOs) British Transport Police employs."),
            ("p", "British Transport Police considers that this information is exempt under Section 38 of the Act (Health and Safety), because its release would be likely to endanger the safety of the public and of officers."),
            ("p", "If British Transport Police published figures for AFOs based in the same area, the numbers would in effect be broken down to divisional level, allowing criminals, or people intending acts of terrorism, to map the resources available. Further requests about other areas would multiply that effect."),
            ("p", "British Transport Police polices railways across the whole of England, Scotland and Wales with approximately 3000 police officers; the Metropolitan Police polices Greater London with over 32000. Mapping the resources or capabilities of a small force spread over a large area therefore does far more harm than the same for the Met, and the risk is greater still for specialist resources such as AFOs."),
            ("p", "The public interest is not what interests the public, but whether the community's benefit from having the information outweighs the potential harm. In this case we have concluded that it does not."),
            ("p", FOIA_RIGHTS),
        ],
        label=dict(
            authority="British Transport Police", regime="FOIA", reference=None,
            grounds=["s38"], outcome="refused",
            body=["The public interest is not what interests the public, but whether the community's benefit from having the information outweighs the potential harm."],
            notes="Rebuilt from a journalist's article quoting BTP's refusal at length (public safety; about 3000 officers against the Met's over 32000; mapping of AFO resources). The article says the refusal was on public-safety grounds without a section number; 'Section 38 (Health and Safety)' is my rendering -> s38. BTP later reversed the decision, which is not part of this letter. Refused in full; no reference or date in the copy.",
        ),
    ),
    # ------------------------------------------------------------------ 09 BTP thefts (docx)
    dict(
        n=9, kind="docx",
        source_url="https://www.whatdotheyknow.com/request/thefts_at_railway_sites",
        footer_url="www.btp.police.uk", page_numbers=True, marking="OFFICIAL", body_marking=True,
        letterhead=["British Transport Police", "Freedom of Information Unit", "25 Camden Road", "London NW1 9LN"],
        blocks=[
            ("p", "Dear Ms Evans,"),
            ("h", "Freedom of Information: Right to know request 1009-11"),
            ("p", "Thank you for your request under the Freedom of Information Act 2000 (the Act) for the number of recorded thefts, security breaches or incidents such as vandalism at railway stations between December 2010 and November 2011, with the sites, what was damaged or stolen, and any convictions."),
            ("p", "The attached spreadsheet lists the recorded crimes of theft and criminal damage at stations in that period, by station, with the property type and the outcome recorded for each."),
            ("p", "Conviction results are recorded as outcomes on the crime record and are included in the spreadsheet where known."),
            ("p", FOIA_RIGHTS),
        ],
        label=dict(
            authority="British Transport Police", regime="FOIA", reference="1009-11",
            outcome="disclosed",
            body=["Conviction results are recorded as outcomes on the crime record and are included in the spreadsheet where known."],
            notes="WDTK marks the request successful; the copy holds the request and the reply's heading ('Right to know request 1009-11') only. The spreadsheet description is my completion -> disclosed. Marking typed in the Word body as well.",
        ),
    ),
    # ------------------------------------------------------------------ 10 Armagh City, Banbridge and Craigavon EIR (pdf)
    dict(
        n=10, kind="pdf",
        source_url="https://www.whatdotheyknow.com/request/552303/response/1360875/attach/html/6/IR%202019%20118%20Response.pdf.html",
        footer_url="www.armaghbanbridgecraigavon.gov.uk", page_numbers=True,
        letterhead=["Armagh City, Banbridge and Craigavon Borough Council", "Civic Building", "Downshire Road", "Banbridge BT32 3JY"],
        blocks=[
            ("p", "Our Ref: IR-2019-118"),
            ("p", "ICO Ref. FER0833836"),
            ("p", "7 May 2019"),
            ("p", "By Email"),
            ("p", "Dear Ms Laverty obo Save Craigavon City Park and Lakes"),
            ("h", "Re: Freedom of Information Request"),
            ("p", "Your request for information reached us on 13 February 2019. On the advice of the ICO it has been dealt with under the Environmental Information Regulations 2004 (EIR)."),
            ("p", "We have now considered your request, and the Council's response is set out below and in the attached schedule."),
            ("p", "Your request, made under FOI, the EIR and the Aarhus Convention, was for all information, documents, correspondence and minutes relating to the South Lake Masterplan, including its terms of reference, the Council funding used to pay for it, its consultees and the minutes of consultation meetings."),
            ("p", "The Council considers the request manifestly unreasonable because of the burden that identifying, retrieving and reviewing every document across several departments would place on it, and refuses it under regulation 12(4)(b) of the EIR. The public interest test is set out in Appendix 1."),
            ("p", "If you are unhappy with this response you may ask for an internal review within two months of the date of this letter. After that, you may apply to the Information Commissioner's Office - Northern Ireland, 3rd Floor, 14 Cromac Place, Belfast BT7 2JB."),
            ("sign", ["Yours sincerely", "Joan Farley", "Senior Records Manager"]),
            ("pagebreak",),
            ("h", "Appendix 1 - Exemption Schedule, Environmental Information Regulations Request IR-2019-118"),
            ("p", "The exception for manifestly unreasonable requests in regulation 12(4)(b) is qualified, so it is subject to the public interest test."),
            ("p", "In favour of disclosure: release promotes accountability and transparency, which is the purpose of the EIR, and helps people understand Council decisions that may affect them."),
            ("p", "In favour of maintaining the exception: while there is always a public interest in environmental information, the Council must also consider the burden such requests place on its departments."),
        ],
        label=dict(
            authority="Armagh City, Banbridge and Craigavon Borough Council", regime="EIR", reference="IR-2019-118",
            grounds=["r12(4)(b)"], outcome="refused", date="2019-05-07",
            body=["In favour of maintaining the exception: while there is always a public interest in environmental information, the Council must also consider the burden such requests place on its departments."],
            notes="Northern Ireland council under the EIR. Two references in the header: 'Our Ref: IR-2019-118' (the council's) and 'ICO Ref. FER0833836' (the Commissioner's earlier case; trap). The reply body calls itself only 'Council'; the council is named in the letterhead (my rendering: the copy has no letterhead text). The copy's cover letter says the response is enclosed and its Appendix 1 is an r12(4)(b) schedule; reading the whole request as refused under r12(4)(b) is my interpretation. Appendix on its own page.",
        ),
    ),
    # ------------------------------------------------------------------ 11 Moray Council traveller camps (docx)
    dict(
        n=11, kind="docx",
        source_url="http://moray.gov.uk/moray_standard/page_116240.html",
        footer_url="www.moray.gov.uk", page_numbers=True,
        letterhead=["The Moray Council", "Council Office", "High Street", "Elgin IV30 1BX"],
        blocks=[
            ("h", "FOI Request Unauthorised Gipsy Traveller Camps"),
            ("p", "Request 101001650446"),
            ("p", "You asked how many unauthorised gipsy traveller camps there have been in the area in each of the last 3 financial years; whether the council took legal action to remove any, with what outcome and at what cost; and how many complaints the council received about such camps in each year."),
            ("p", "Response 21-11-2017"),
            ("table", dict(header=["Year", "No new unauthorised encampments in period"], rows=[["2016/17", "22"], ["2015/16", "45"], ["2014/15", "39"]])),
            ("p", "Yes, legal action was taken once, and the encampment was removed."),
            ("p", "The cost of the legal action was \u00a32084.55."),
            ("table", dict(header=["Year", "Complaints received"], rows=[["2016/17", "2"], ["2015/16", "3"], ["2014/15", "4"]])),
        ],
        label=dict(
            authority="The Moray Council", regime="FOISA", reference="101001650446",
            outcome="disclosed", date="2017-11-21",
            body=["The cost of the legal action was \u00a32084.55."],
            notes="Scottish council on a police-related subject; twelve-digit reference ('Request 101001650446'). Date written '21-11-2017'. Two tables with the page's cells. Everything answered -> disclosed. Web05 holds other Moray pages, not this one.",
        ),
    ),
    # ------------------------------------------------------------------ 12 Comhairle nan Eilean Siar (text)
    dict(
        n=12, kind="text",
        source_url="https://www.cne-siar.gov.uk/your-council/freedom-of-information/published-fois/published-fois-2016/q1/illegal-traveller-camps/",
        text_preamble=["Comhairle nan Eilean Siar", "Home > Your Council > Freedom of Information > Published FOIs > 2016 > Q1",
                       "Illegal Traveller Camps", "Monday, 15 February 2016"],
        text_postamble=["Was this page helpful? Yes / No", "Contact the Comhairle | Cookies | Accessibility | Gaelic"],
        blocks=[
            ("p", "Request Date"),
            ("p", "Wednesday, January 20, 2016"),
            ("p", "Response Date"),
            ("p", "Monday, February 15, 2016"),
            ("p", "1. How much the council has spent cleaning up after illegal traveller camps in each of the past five years. 2. How many illegal traveller camps have been set up in the council area over the last five years. 3. How long it took to obtain legal permission to evict the travellers in each case."),
            ("p", "There have been no illegal travellers camps on Council property over the last 5 years, and therefore no legal action."),
        ],
        label=dict(
            authority="Comhairle nan Eilean Siar", regime="FOISA", reference=None,
            outcome="disclosed", date="2016-02-15",
            body=["There have been no illegal travellers camps on Council property over the last 5 years, and therefore no legal action."],
            chrome=["Was this page helpful? Yes / No", "Contact the Comhairle | Cookies | Accessibility | Gaelic"],
            notes="Scottish council (Gaelic name only). The answer is a substantive 'none' (zero camps, zero costs), not a not-held notice -> disclosed (hard case for outcome). Dates in two styles (title line 'Monday, 15 February 2016'; fields 'Wednesday, January 20, 2016' and 'Monday, February 15, 2016'). No reference.",
        ),
    ),
    # ------------------------------------------------------------------ 13 Thames Valley / JIMU legal observers (docx)
    dict(
        n=13, kind="docx",
        source_url="https://www.whatdotheyknow.com/request/independent_legal_observers_16",
        footer_url="www.thamesvalley.police.uk | www.hampshire.police.uk", page_numbers=True, marking="OFFICIAL",
        letterhead=["Joint Information Management Unit", "Hampshire & Isle of Wight Constabulary and Thames Valley Police", "Oxford Road", "Kidlington OX5 2NX"],
        letterhead_in_header=True,
        blocks=[
            ("p", "Dear R. M. Currie,"),
            ("p", "Thank you for your request to Thames Valley Police about Independent Legal Observers (ILOs) at protests: whether the force recognises the role and what its stated position is; what it does to protect the role; and any training material, minutes or internal documents about ILOs, including in the light of COVID restrictions."),
            ("p", "Thames Valley Police does not hold a policy or formal position on ILOs, and officers are not trained on them as a separate subject, so the first two parts are not held."),
            ("p", "Finding any mention of legal observers in meeting minutes, briefings and internal documents would mean searching the records of every public order operation since 2020, which would exceed the appropriate limit. Section 12(1) of the Act therefore applies to parts 3 and 4."),
            ("p", "If you can name a particular event or operation, we may be able to search its records within the limit."),
            ("p", FOIA_RIGHTS),
        ],
        label=dict(
            authority="Thames Valley Police", regime="FOIA", reference=None,
            grounds=["s12(1)"], outcome="refused",
            body=["Thames Valley Police does not hold a policy or formal position on ILOs, and officers are not trained on them as a separate subject, so the first two parts are not held."],
            notes="Joint unit: the Joint Information Management Unit answers for Thames Valley Police and Hampshire (its letterhead, in the Word header, names both; the body names TVP). WDTK marks the request refused; the copy holds only the JIMU acknowledgment, so the reply is my completion (not held + s12(1)) -> nothing given -> refused. No reference in the copy.",
        ),
    ),
    # ------------------------------------------------------------------ 14 Essex PFCC (pdf)
    dict(
        n=14, kind="pdf",
        source_url="https://www.whatdotheyknow.com/request/your_role_as_pfcc_3",
        footer_url="www.essex.pfcc.police.uk", page_numbers=True,
        letterhead=["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park", "London Road", "Rivenhall, Essex CM8 3HB"],
        blocks=[
            ("h", "Freedom of Information Act 2000 - your request about the role of the PFCC"),
            ("p", "You asked about the priorities by type of crime that the force must follow in allocating investigative resources, including social media crime, wildlife crime, domestic terrorism and the Hunting Act; why Hunting Act offences are not recordable; and whether any operations or discussions with others have concerned hunt saboteurs or the Hunt Saboteurs Association."),
            ("p", "1. The Commissioner's priorities for policing are set out in the Police and Crime Plan, which is published on our website, so this part is exempt under section 21 of the Act. The Commissioner does not instruct the Chief Constable on the allocation of investigative resources, which is an operational matter."),
            ("p", "2. Which offences are recordable is set by the Home Office, not by this office, and the PFCC holds no recorded information explaining it."),
            ("p", "3. to 6. The PFCC neither confirms nor denies whether it holds information about operations or discussions of the kind you describe, by virtue of sections 24(2) (national security) and 31(3) (law enforcement) of the Act. Confirming or denying would itself reveal whether particular groups were of interest to the police."),
            ("p", FOIA_RIGHTS),
            ("sign", ["Yours sincerely", "Head of Performance and Scrutiny", "Office of the Police, Fire and Crime Commissioner for Essex"]),
        ],
        label=dict(
            authority="Police, Fire and Crime Commissioner for Essex", regime="FOIA", reference=None,
            grounds=["s21", "s24(2)", "s31(3)"], ncnd=True, outcome="refused",
            body=["The Commissioner does not instruct the Chief Constable on the allocation of investigative resources, which is an operational matter."],
            notes="PFCC office. WDTK marks the request refused; the copy holds the request only, so the reply (s21 pointer, not held, NCND under s24(2) and s31(3)) is my completion -> nothing given -> refused, ncnd=true.",
        ),
    ),
    # ------------------------------------------------------------------ 15 Devon and Cornwall ANPR (docx)
    dict(
        n=15, kind="docx",
        source_url="http://www.bailii.org/uk/cases/UKFTT/GRC/2011/2010_0174.html",
        footer_url="www.devon-cornwall.police.uk", page_numbers=True, marking="NOT PROTECTIVELY MARKED", body_marking=True,
        letterhead=["Devon and Cornwall Constabulary", "Freedom of Information Office", "Middlemoor", "Exeter EX2 7HQ"],
        blocks=[
            ("h", "Freedom of Information Act 2000 - ANPR camera locations"),
            ("p", "Dear Mr Mathieson"),
            ("p", "You asked for (1) the locations of fixed, operating number-plate recognition cameras operated by Devon and Cornwall Police or its agencies, and (2) the locations of CCTV cameras with ANPR functionality used by Devon and Cornwall Police."),
            ("p", "Devon and Cornwall Constabulary holds this information, but it is exempt from disclosure under section 24(1) (national security) and section 31(1)(a), (b) and (c) (law enforcement) of the Act."),
            ("p", "ANPR is used to detect and disrupt criminals and terrorists who use the roads. Publishing a complete list of sites would show where the network is absent and allow those people to plan routes that avoid it. Although the cameras are not hidden, a compiled list would make that far easier, and the public interest favours withholding it."),
            ("p", FOIA_RIGHTS),
        ],
        label=dict(
            authority="Devon and Cornwall Police", regime="FOIA", reference=None,
            grounds=["s24(1)", "s31(1)(a)", "s31(1)(b)", "s31(1)(c)"], outcome="refused",
            body=["Devon and Cornwall Constabulary holds this information, but it is exempt from disclosure under section 24(1) (national security) and section 31(1)(a), (b) and (c) (law enforcement) of the Act."],
            notes="Rebuilt from the First-tier Tribunal decision Mathieson v IC & Devon and Cornwall Constabulary (EA/2010/0174), which quotes the two-part request and the exemptions (s24 and the limbs of s31(1)); the letter's wording and dates are mine (the stored copy has none for the response). The force styles itself 'Constabulary'; the canonical name is Devon and Cornwall Police. Refused in full.",
        ),
    ),
    # ------------------------------------------------------------------ 16 West Mercia / Warwickshire drones (pdf)
    dict(
        n=16, kind="pdf",
        source_url="https://www.whatdotheyknow.com/request/drone_reports_in_2017_56",
        footer_url="www.westmercia.police.uk | www.warwickshire.police.uk", page_numbers=True, marking="OFFICIAL",
        letterhead=["Warwickshire Police and West Mercia Police", "Information Compliance", "Hindlip Hall", "Worcester WR3 8SP"],
        blocks=[
            ("p", "Dear Mr Ballard"),
            ("p", "FREEDOM OF INFORMATION REQUEST REFERENCE NOs: West Mercia Police 9707 and Warwickshire Police 00445"),
            ("p", "I write about your request for Warwickshire Police and West Mercia Police information, dated and received on 22nd May 2018, about drone-related calls in 2017: a breakdown of such calls by category, how many turned out to be crimes and how many were attended or led to arrest, and the total number of 101 and 999 calls in 2017."),
            ("p", "Calls about drones are recorded under general incident types, not a drone category, so identifying them, and then their outcomes, would mean reading the log of every incident that might mention a drone. For both forces together this would exceed the appropriate limit of 18 hours, so Section 12(1) of the Act applies to questions 1 and 2."),
            ("p", "The total number of 101 and 999 calls each force received is published in its annual performance report, so question 3 is exempt under Section 21."),
            ("p", "If you wish, we could search incidents for a single month of 2017 within the limit."),
            ("p", FOIA_RIGHTS),
        ],
        label=dict(
            authority="West Mercia Police", regime="FOIA", reference="9707",
            grounds=["s12(1)", "s21"], outcome="refused",
            body=["For both forces together this would exceed the appropriate limit of 18 hours, so Section 12(1) of the Act applies to questions 1 and 2."],
            notes="Alliance reply for two forces with two references in one heading ('West Mercia Police 9707 and Warwickshire Police 00445'); the request was made to West Mercia Police, so the authority is West Mercia Police and its number 9707 is the reference (debatable: the issue's combined-reference kind). Received 22nd May 2018. The copy holds only the acknowledgment; the s12(1)/s21 reply is my completion -> refused.",
        ),
    ),
    # ------------------------------------------------------------------ 17 Sedgemoor traveller camps (docx)
    dict(
        n=17, kind="docx",
        source_url="https://www.whatdotheyknow.com/request/cost_of_enforcement_unauthorised",
        footer_url="www.sedgemoor.gov.uk", page_numbers=True,
        letterhead=["Sedgemoor District Council", "Bridgwater House", "King Square", "Bridgwater TA6 3AR"],
        blocks=[
            ("p", "Dear Mr Newman"),
            ("h", "Freedom of Information Request - Cost of Enforcement, Unauthorised Gypsy and Traveller Camps"),
            ("p", "Your request was received on 10th May 2016 and has been dealt with under the Freedom of Information Act 2000. For the financial years 2013/14, 2014/15 and 2015/16 you asked for the number of unauthorised camps the Council took legal action to remove, the cost of legal services, the cost of officer time on welfare checks, and the cost of cleaning sites afterwards."),
            ("p", "The Council does not record these costs under a separate budget heading. Legal work, officer time and site clearance are charged to general service codes shared with other work, so each invoice and timesheet for three years would have to be examined to identify the relevant items."),
            ("p", "We estimate that this would take more than 18 hours, so the Council is not obliged to comply with your request under section 12 of the Act."),
            ("p", "You may wish to ask only for the number of camps removed by legal action, which we may be able to provide."),
            ("p", FOIA_RIGHTS),
            ("sign", ["Yours sincerely", "Amanda Gibbs", "Freedom of Information Officer"]),
        ],
        label=dict(
            authority="Sedgemoor District Council", regime="FOIA", reference=None,
            grounds=["s12"], outcome="refused",
            body=["We estimate that this would take more than 18 hours, so the Council is not obliged to comply with your request under section 12 of the Act."],
            notes="Council on a police-related subject (unauthorised encampments). WDTK marks it refused; the copy holds the request and the acknowledgment (received 10th May 2016, signed Amanda Gibbs); the s12 refusal and advice are my completion -> refused.",
        ),
    ),
    # ------------------------------------------------------------------ 18 Cambridgeshire Home Office posts (text)
    dict(
        n=18, kind="text",
        source_url="https://www.whatdotheyknow.com/request/police_officer_posts_directly_fu",
        text_preamble=["Police Officer Posts Directly Funded by the Home Office", "The request was refused by Cambridgeshire Constabulary.",
                       "Cambridgeshire Constabulary"],
        text_postamble=["To visit Cambridgeshire Constabulary's website please follow this link: http://www.cambs-police.co.uk/index.asp",
                        "show quoted sections"],
        blocks=[
            ("p", "Dear Richard"),
            ("p", "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 0579/2011"),
            ("p", "I write in reply to your request, received by Cambridgeshire Constabulary on 17th October 2011, for the reasons why a chief inspector, a sergeant and seven constables are funded directly by the Home Office, any terms restricting how they may be deployed, and the names of any national or local units they belong to."),
            ("p", "The posts form part of a national policing capability. Information about their funding terms and the units they serve in is exempt under section 24(1) (national security) and section 31(1)(a) (law enforcement) of the Act, because it would reveal the size and deployment of that capability in the county."),
            ("p", "We have weighed the public interest in transparency about how police posts are funded against the harm disclosure would cause, and concluded that the balance favours withholding the information."),
            ("sign", ["Regards", "Information Access Office"]),
        ],
        label=dict(
            authority="Cambridgeshire Constabulary", regime="FOIA", reference="0579/2011",
            grounds=["s24(1)", "s31(1)(a)"], outcome="refused",
            body=["We have weighed the public interest in transparency about how police posts are funded against the harm disclosure would cause, and concluded that the balance favours withholding the information."],
            chrome=["To visit Cambridgeshire Constabulary's website please follow this link: http://www.cambs-police.co.uk/index.asp",
                    "show quoted sections"],
            notes="WDTK thread; the copy holds the request and the acknowledgment (reference 0579/2011, received 17th October 2011); WDTK marks it refused. The s24(1)/s31(1)(a) reply is my completion -> refused.",
        ),
    ),
    # ------------------------------------------------------------------ 19 Met NUM dispute file (pdf)
    dict(
        n=19, kind="pdf",
        source_url="https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/july-2024/mutual-aid-num-dispute-1984-1985/",
        marking="OFFICIAL", footer_url="www.met.police.uk", page_numbers=True,
        letterhead=["Metropolitan Police Service", "Information Rights Unit", "PO Box 313", "Sidcup DA15 0HH"],
        blocks=[
            ("p", "Freedom of information request reference no: 01.FOI.24.035665"),
            ("p", "You asked, following an earlier request, for the contents of record no.15 in the list of files supplied to you: file OG27/85/4, 'MUTUAL AID and NUM DISPUTE 1984 to 1985', said to contain daily situation reports from 01/03/1984 to 07/03/1985, weekly district commitments listing UK forces' operation orders, and computer printouts of officers deployed from other forces."),
            ("p", "I have today decided to disclose most of the file. The daily situation reports and weekly commitment lists are attached."),
            ("p", "The names of individual officers below the rank of superintendent, and the details of officers injured, have been redacted under Section 40(2) of the Act, as their disclosure would breach the data protection principles."),
            ("p", "The computer manpower printouts described in the contents list were not found in the file and are not held."),
            ("p", FOIA_RIGHTS),
        ],
        label=dict(
            authority="Metropolitan Police Service", regime="FOIA", reference="01.FOI.24.035665",
            grounds=["s40(2)"], outcome="partial",
            body=["The computer manpower printouts described in the contents list were not found in the file and are not held."],
            notes="Trap: the file number OG27/85/4 and 'record no.15' are not the FOI reference. The copy holds the request only; the disclosure with s40(2) redactions and the not-held printouts are my completion -> partial. No date in the copy.",
        ),
    ),
]
