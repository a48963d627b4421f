from lib import P, PN
F="F"
PN(F,"F. Provision to meet Tyler's special educational needs (to be read with Section B)")
PN(F,"The school will provide the following:")
PN(F,"[Insert provision here: state who, what, how often and for how long]",note="Template guidance left in.")
PN(F,"Funding: Element 3 top-up, Band D (£9,450 per annum), paid termly to Brook Hill Academy.")
PN(F,"See Section G for CAMHS provision.",note="Cross-reference.")
P(F,"KS4 timetable: Tyler follows a reduced option programme (4 GCSEs plus ASDAN-style 'Life Ready' short course) with 3 periods a week of supported study in the Learning Hub, 1:6, with an HLTA.",1,
  w=["reduced option programme (4 GCSEs plus ASDAN-style 'Life Ready' short course)","supported study in the Learning Hub"],o="an HLTA",f="3 periods a week",d="3 periods a week",g="1:6",note="'N periods a week' treated like 'N hours a week': both frequency and duration.")
P(F,"Alternative curriculum as appropriate, e.g. college taster days.",0,w="college taster days",note="'as appropriate', 'e.g.'")
P(F,"Vocational placement | Northgate College 'Motor Skills' (vehicle maintenance) | College tutor; school TA escorts | Wed 9.30am-2.30pm | group of 10 | Attendance checked weekly by AP lead",1,
  w="Northgate College 'Motor Skills' (vehicle maintenance)",o=["College tutor","school TA"],f="Wed",d="9.30am-2.30pm",g="group of 10",r="Attendance checked weekly by AP lead")
P(F,"Lighthouse AP: 15 hours per week (Mon-Wed 9.30am-2.30pm), class of 6, staffed by a qualified teacher and a TA; English and maths taught daily; a further 10 hours a week of online tuition (Borough Virtual Classroom, live teacher) at home Thu-Fri to make 25 hours.",1,
  w=["Lighthouse AP","online tuition (Borough Virtual Classroom, live teacher)"],o=["a qualified teacher","a TA","live teacher"],f=["15 hours per week","Mon-Wed","daily","10 hours a week","Thu-Fri"],d=["15 hours per week","9.30am-2.30pm","10 hours a week","25 hours"],g="class of 6")
P(F,"Online learning when not in school.",0,w="Online learning",note="No who, when or how much.")
P(F,"Home tuition: 5 hours per week, 1:1, from a qualified teacher (Borough Medical Needs Tuition Service), Mon, Wed, Fri, until Nadia returns to school; reviewed every 4 weeks at a Team Around the Family meeting.",1,
  w="Home tuition",o="a qualified teacher (Borough Medical Needs Tuition Service)",f=["5 hours per week","Mon, Wed, Fri"],d="5 hours per week",g="1:1",r="reviewed every 4 weeks at a Team Around the Family meeting",note="'until Nadia returns' is open-ended but a review cycle is set.")
P(F,"Up to 10 hours per week of tuition.",0,w="tuition",note="'up to' is neither a frequency nor a duration.")
PN(F,"Looked-after children: education provision (PEP linked)")
P(F,"Personal Education Plan meeting each term (Autumn, Spring, Summer) chaired by the Designated Teacher for LAC, with Logan's social worker and the Virtual School caseworker; EHCP outcomes to be copied into the PEP targets.",1,
  w="Personal Education Plan meeting",o=["the Designated Teacher for LAC","Logan's social worker","the Virtual School caseworker"],f="each term (Autumn, Spring, Summer)",note="A statutory meeting; no duration needed.")
P(F,"Pupil Premium Plus to fund 1:1 tuition in maths: 1 hour weekly (Thu 3.20-4.20pm) with Mr A Kovacs (maths teacher) for the Spring and Summer terms 2026.",1,
  w="1:1 tuition in maths",o="Mr A Kovacs (maths teacher)",f=["weekly","Thu","for the Spring and Summer terms 2026"],d=["1 hour","3.20-4.20pm"],g="1:1")
P(F,"Virtual School to provide additional support where needed.",0,o="Virtual School",note="'additional support', 'where needed'. Named service counts as who.")
P(F,"Designated Teacher | Weekly check-in about school and placement | Mon P1 | 20 min | 1:1 | Notes shared with SW monthly",1,
  w="Weekly check-in about school and placement",o="Designated Teacher",f=["Weekly","Mon P1"],d="20 min",g="1:1",r="Notes shared with SW monthly")
P(F,"Attachment-aware approach across the school.",0,note="A stance, not a provision; no who, when.")
P(F,"All staff teaching Logan will complete the Virtual School's 2-hour 'Trauma-Informed Classroom' training by the end of October 2025; the Designated Teacher keeps the attendance register.",1,
  w="the Virtual School's 2-hour 'Trauma-Informed Classroom' training",o="Virtual School",f="by the end of October 2025",d="2-hour",note="Training as one-off with a date; provider is the Virtual School. 'All staff teaching Logan' are recipients.")
P(F,"Staff training on autism.",0,w="Staff training on autism",note="No who delivers, no date, no length.")
P(F,"Autism awareness training (Borough Autism Outreach Team), 90 minutes, for the whole Year 7 team, on the INSET day 2 September 2025.",1,
  w="Autism awareness training",o="Borough Autism Outreach Team",f="on the INSET day 2 September 2025",d="90 minutes",g="the whole Year 7 team")
P(F,"Outreach advice from the Autism Outreach Team.",0,o="the Autism Outreach Team",note="'advice' with no frequency.")
P(F,"Autism Outreach Team | Observation in class + staff consultation | 3 visits per year (Oct, Feb, May) | half day each | - | Visit note to SENCo within 5 school days",1,
  w="Observation in class + staff consultation",o="Autism Outreach Team",f="3 visits per year (Oct, Feb, May)",d="half day each",r="Visit note to SENCo within 5 school days")
PN(F,"Hearing")
P(F,"Qualified teacher of the deaf (Sensory Support Service) to visit twice per half-term for 1 hour to monitor Chloe's hearing aid use, check the radio aid and advise subject staff.",1,
  w=["monitor Chloe's hearing aid use, check the radio aid and advise subject staff"],o="Qualified teacher of the deaf (Sensory Support Service)",f="twice per half-term",d="1 hour")
P(F,"Radio aid used in all lessons; form tutor to do a listening check each morning at registration.",1,
  w=["Radio aid","listening check"],o="form tutor",f=["in all lessons","each morning at registration"])
P(F,"Chloe should sit near the front.",0,w="sit near the front",note="'should'; no who responsible.")
P(F,"Seating: class teachers will seat Chloe in the front two rows, on the left (better ear to the teacher), in every lesson; seating plans checked by the ToD each visit.",1,
  w="seat Chloe in the front two rows, on the left",o="class teachers",f="in every lesson",r="seating plans checked by the ToD each visit")
P(F,"Subtitles on all video content.",0,w="Subtitles on all video content",f="all video content",note="No provider; arguably an always-on adjustment. Judged not specific because no one is responsible.")
PN(F,"Vision")
P(F,"QTVI | Modified large print (N24 Arial) for all handouts and exam papers | Reprographics, requests 48 hrs ahead | every lesson | - | QTVI termly visit",1,
  w="Modified large print (N24 Arial) for all handouts and exam papers",o=["QTVI","Reprographics"],f="every lesson",r="QTVI termly visit")
P(F,"Habilitation training (mobility around the new site) by a qualified habilitation specialist from the Sensory Support Service: 6 x 1-hour sessions in July 2025 before transfer, then 3 sessions in the first week of September.",1,
  w="Habilitation training (mobility around the new site)",o="a qualified habilitation specialist from the Sensory Support Service",f=["6 x 1-hour sessions in July 2025","3 sessions in the first week of September"],d="1-hour",note="Second block has no stated length; first does. Judged specific (session length carried).")
PN(F,"Physical")
P(F,"Physiotherapy programme delivered by a trained TA, 20 mins, 3 x weekly (Mon/Wed/Fri P1), using the programme written by the NHS paediatric physiotherapist, who reviews it each term.",1,
  w="Physiotherapy programme",o=["a trained TA","the NHS paediatric physiotherapist"],f=["3 x weekly (Mon/Wed/Fri P1)","each term"],d="20 mins",r="who reviews it each term",note="Therapy that educates/trains placed in F, correctly.")
P(F,"Physio as per physio recommendations.",0,note="Cross-reference to advice, no content.")
P(F,"Lift pass and permission to leave lessons 5 minutes early; Year 10 pastoral manager issues a new pass each September.",1,
  w=["Lift pass","permission to leave lessons 5 minutes early"],o="Year 10 pastoral manager",f="each September")
P(F,"Writing slope, pencil grips and a laptop for extended writing.",0,w=["Writing slope, pencil grips and a laptop"],note="Equipment listed, but no who provides/maintains and when used is loose ('extended writing'). Arguable.")
P(F,"Personal care: 2 trained staff (changing room 2, hoist) after break and after lunch, 10.50am and 1.20pm daily, following the continence plan written by the school nurse.",1,
  w="Personal care",o="2 trained staff",f=["after break and after lunch, 10.50am and 1.20pm daily"],g="2 trained staff",note="2 staff for one child (2:1). No duration stated; personal care routine, judged no duration needed. Arguable.")
PN(F,"Preparation for Adulthood (Year 9 onward)")
P(F,"Independent travel training ('Go Solo') | Borough Travel Training Team | 2 x 1 hr weekly (Tue/Thu after school) for 10 weeks from Jan 2026 | 1:1 | Travel trainer sign-off",1,
  w="Independent travel training ('Go Solo')",o="Borough Travel Training Team",f=["2 x 1 hr weekly (Tue/Thu after school)","for 10 weeks from Jan 2026"],d="1 hr",g="1:1",r="Travel trainer sign-off")
P(F,"Careers advice.",0,w=[],note="A heading-like label; no who or when. 'Careers advice' too general for what.")
P(F,"Careers guidance interview with the school's Level 6 qualified careers adviser (Future Paths) in the autumn term of Years 10 and 11, 45 minutes, 1:1, with a parent invited.",1,
  w="Careers guidance interview",o="the school's Level 6 qualified careers adviser (Future Paths)",f="in the autumn term of Years 10 and 11",d="45 minutes",g="1:1")
P(F,"Work experience to be arranged with support.",0,w="Work experience",note="'support'; no who/when.")
P(F,"Supported work experience: one week (23-27 June 2026) at a placement found by the Work Related Learning Co-ordinator, with a job coach from Step Ahead Employment attending daily 9am-12pm.",1,
  w="Supported work experience",o=["the Work Related Learning Co-ordinator","a job coach from Step Ahead Employment"],f=["one week (23-27 June 2026)","daily"],d="9am-12pm")
P(F,"Money skills | 'Cash Smart' life skills lesson | Life skills teacher | Fri P5 | 8 | Termly",0,
  w="'Cash Smart' life skills lesson",o="Life skills teacher",f="Fri P5",g="8",r="Termly",note="A single period (P5) is a 'when', not a stated length; group lesson needs a duration. Arguable: judged not specific.")
P(F,"Cooking | Kitchen skills | Base TA | weekly-ish | 3 or 4 |",0,w="Kitchen skills",o="Base TA",note="'weekly-ish' and '3 or 4' are not definite.")
PN(F,"Post-16 (Northgate College, Foundation Learning)")
P(F,"Study programme: 16 hours per week over 3 days (Mon, Tue, Thu, 9.15am-3.30pm), Entry 3 English and maths plus 'Skills for Work', class of 10 with a tutor and a learning support assistant.",1,
  w=["Study programme","Entry 3 English and maths plus 'Skills for Work'"],o=["a tutor","a learning support assistant"],f=["16 hours per week","Mon, Tue, Thu"],d=["16 hours per week","9.15am-3.30pm"],g="class of 10")
P(F,"Learning support in lessons from the college's ALS team as appropriate.",0,o="the college's ALS team",note="'support', 'as appropriate'.")
P(F,"Weekly 30-minute tutorial with the Personal Tutor (Foundation), 1:1, Tuesdays 12.30pm, to review the ILP.",1,
  w="tutorial",o="the Personal Tutor (Foundation)",f=["Weekly","Tuesdays 12.30pm"],d="30-minute",g="1:1",r="to review the ILP")
P(F,"Amelia will be supported by a mentor at college.",0,o="a mentor",note="'supported'; no content or frequency. 'a mentor' is a role.")
P(F,"Supported internship (Project Route, Borough Council offices) from September 2026: 3 days a week (Mon-Wed, 9am-3pm) on placement with a job coach, fading from 1:1 to 1:3 by the February review; 1 day a week (Thu) employability teaching at college.",0,
  w=["Supported internship (Project Route, Borough Council offices)","employability teaching"],o="a job coach",f=["3 days a week (Mon-Wed, 9am-3pm)","1 day a week (Thu)"],d=["3 days a week","9am-3pm","1 day a week"],r="by the February review",
  note="Ratio 'fading from 1:1 to 1:3' leaves the group size undefined at any point; 'initially... reducing' pattern. Judged not specific.")
PN(F,"Agreed by: K. Marsh, EHC Co-ordinator, 14 November 2025",note="Sign-off.")
