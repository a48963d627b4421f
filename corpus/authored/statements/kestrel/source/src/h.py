from lib import P, PN
H1="H1"; H2="H2"
PN(H1,"H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
PN(H1,"Provision | Provider | Frequency | Duration | Review")
P(H1,"Short breaks | Willow House overnight short breaks unit | 2 nights per month (Fri-Sat) | 24 hrs each | Reviewed 6-monthly by Disabled Children's Team SW",1,
  w="Willow House overnight short breaks unit",o="Willow House overnight short breaks unit",f="2 nights per month (Fri-Sat)",d="24 hrs each",r="Reviewed 6-monthly by Disabled Children's Team SW",note="Service named as both what and who.")
P(H1,"Short breaks as assessed.",0,w="Short breaks",note="'as assessed': amount not stated.")
P(H1,"Direct payment for a personal assistant (PA): 6 hours per week (Saturday 10am-4pm), 1:1, to take Kai to community activities (swimming, youth club); Disabled Children's Team to review the direct payment at 6 months.",1,
  w="personal assistant (PA)",o="a personal assistant (PA)",f=["6 hours per week","Saturday"],d=["6 hours per week","10am-4pm"],g="1:1",r="Disabled Children's Team to review the direct payment at 6 months")
P(H1,"PA hours to be agreed.",0,w="PA hours",note="Placeholder intention.")
P(H1,"Saturday club ('Funzone') for disabled young people, run by Brightsky Play, 10am-1pm every Saturday in term time, staff ratio 1:2.",1,
  w="Saturday club ('Funzone') for disabled young people",o="Brightsky Play",f="every Saturday in term time",d="10am-1pm",g="staff ratio 1:2")
P(H1,"Access to holiday play schemes.",0,w="holiday play schemes",note="'access to'.")
P(H1,"Holiday playscheme | Brightsky Play inclusive scheme | 10 days per summer holiday + 3 days Easter | 9.30am-3pm | 1:1 support worker",1,
  w="Brightsky Play inclusive scheme",o=["Brightsky Play","1:1 support worker"],f="10 days per summer holiday + 3 days Easter",d="9.30am-3pm",g="1:1 support worker")
P(H1,"Home adaptations: ground-floor wet room and ceiling track hoist, assessed by the social care occupational therapist; works to be completed by the Home Adaptations Team by 31 March 2026.",1,
  w="ground-floor wet room and ceiling track hoist",o=["the social care occupational therapist","the Home Adaptations Team"],f="by 31 March 2026",note="Adaptation: no duration needed.")
P(H1,"Adaptations to the home may be considered.",0,w="Adaptations to the home",note="'may be considered'.")
P(H1,"Travel: help with travel to activities.",0,note="'help with'.")
P(H1,"Escorted transport to Funzone each Saturday (taxi with passenger assistant), arranged by the Disabled Children's Team.",1,
  w="Escorted transport to Funzone",o=["passenger assistant","the Disabled Children's Team"],f="each Saturday")
P(H1,"Practical assistance in the home: domiciliary care worker (CareWell Homecare) 7-8am Mon-Fri to help with washing, dressing and breakfast, 2 carers (hoist).",1,
  w="Practical assistance in the home",o="domiciliary care worker (CareWell Homecare)",f="Mon-Fri",d="7-8am",g="2 carers (hoist)")
P(H1,"Support at home from carers.",0,note="'Support'; no what, who or when.")
P(H1,"Sitting service | Crossroads-style carers' sitting (Carers Relief Borough) | 4 hrs per fortnight, Tue evening 6-10pm | 1:1 | annual review",1,
  w="carers' sitting",o="Carers Relief Borough",f=["4 hrs per fortnight","Tue evening"],d=["4 hrs per fortnight","6-10pm"],g="1:1",r="annual review")
P(H1,"After-school club: Kestrel Lane Youth Centre inclusion worker, Thursdays 4-6pm, in a group of 10 with 1:1 support from the worker for Ibrahim.",1,
  w="After-school club",o="Kestrel Lane Youth Centre inclusion worker",f="Thursdays",d="4-6pm",g=["group of 10","1:1 support"])
P(H1,"Youth club with support if Ibrahim wants to attend.",0,w="Youth club",note="'with support', conditional.")
P(H1,"Equipment: specialist bed (Safespace-style) to be provided by the Community Equipment Service following OT assessment.",0,
  w="specialist bed (Safespace-style)",o="the Community Equipment Service",note="No date; 'following OT assessment' is open.")
P(H1,"Specialist bed with padded sides supplied by the Community Equipment Service by 15 December 2025, serviced every 6 months.",1,
  w="Specialist bed with padded sides",o="the Community Equipment Service",f=["by 15 December 2025","every 6 months"])
P(H1,"Short break foster carer (link family), one weekend a month (Fri 5pm-Sun 5pm), matched by the Fostering Team.",1,
  w="Short break foster carer (link family)",o=["Short break foster carer (link family)","the Fostering Team"],f="one weekend a month",d="Fri 5pm-Sun 5pm")
P(H1,"Family to be signposted to local activities.",0,note="Signposting only.")
P(H1,"Disabled Children's Team social worker to complete a child and family assessment by 30 November 2025 to consider short breaks eligibility.",1,
  w="child and family assessment",o="Disabled Children's Team social worker",f="by 30 November 2025",note="Assessment: no duration needed. Arguable whether an assessment is H1 provision.")
P(H1,"Ongoing social care support.",0,note="'Ongoing'; nothing specified.")
P(H1,"Leisure pass (Max Card) for free entry for Kai and a carer to leisure centres, renewed each April by the Short Breaks Team.",1,
  w="Leisure pass (Max Card)",o="the Short Breaks Team",f="each April")
P(H1,"Swimming lessons with support worker.",0,w="Swimming lessons",o="support worker",note="No frequency or length.")
P(H1,"Adapted swimming session | Splash Inclusive, Central Baths | Sundays 9-10am | 1:1 swim support worker | -",1,
  w="Adapted swimming session",o=["Splash Inclusive, Central Baths","1:1 swim support worker"],f="Sundays",d="9-10am",g="1:1")
P(H1,"Telephone/telecare: door alarm and bed sensor installed by the Telecare Team, checked annually.",1,
  w="door alarm and bed sensor",o="the Telecare Team",f="annually",note="Equipment with an annual check; no install date. Arguable.")
P(H1,"Holiday: funding towards a family holiday, up to £500, if agreed.",0,w="funding towards a family holiday",note="'up to', 'if agreed'.")
P(H1,"Personal budget: direct payment of £2,340 per year (45 hours of PA time), paid monthly into a managed account; see Section J.",0,
  w=["direct payment"],o="PA",note="Yearly amount fixed (45 hours), but no pattern of delivery; 'paid monthly' is the payment, not the service. Arguable: a budget allocation could be judged specific.")
P(H1,"Sensory room sessions at the short break centre when available.",0,w="Sensory room sessions",note="'when available'.")
PN(H1,"No provision under section 2 CSDPA 1970 is required at this time; the Disabled Children's Team assessment (October 2025) found Tyler not eligible.",note="Explicit nil with reason.")
PN(H1,"N/A",note="Nil shorthand; arguably a blank-like fault.")
PN(H1,"Section H1 – none identified.")
PN(H1,"[Social care to complete]",note="Placeholder.")
PN(H1,"Funding: Short breaks funded by the Disabled Children's Team budget, reference DCT/SB/0412.",note="Funding line.")
PN(H1,"Agreed by: Team Manager, Disabled Children's Team, 12 November 2025.")
P(H1,"Carer's assessment for Mrs Ali to be offered.",0,w="Carer's assessment",note="For the parent, no who/when.")
P(H1,"Overnight short breaks | residential respite | 40 nights per year | | DCT",0,w="residential respite",o="DCT",f="40 nights per year",note="No pattern, setting or night length; arguable. Judged not specific: setting unnamed.")
P(H1,"Community activity support: 3 hours every Sunday (1-4pm) with a support worker from Bright Futures Care, 1:1, to practise bus travel and shopping; DCT reviews in May 2026.",1,
  w="Community activity support",o="a support worker from Bright Futures Care",f=["3 hours every Sunday","every Sunday"],d=["3 hours","1-4pm"],g="1:1",r="DCT reviews in May 2026",note="'support' appears but content (bus travel, shopping) stated.")

PN(H2,"Section H2: Any other social care provision")
PN(H2,"H2 – Other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN")
P(H2,"Logan is a looked-after child (section 20). Social worker statutory visits every 6 weeks at his foster placement, including time alone with Logan.",1,
  w="statutory visits",o="Social worker",f="every 6 weeks",note="Statutory visit; no duration needed.")
P(H2,"Social worker to visit regularly.",0,o="Social worker",note="'regularly'.")
P(H2,"LAC review | chaired by Independent Reviewing Officer (IRO) | within 20 days of coming into care, then 3 months, then every 6 months | IRO consults Logan beforehand",1,
  w="LAC review",o="Independent Reviewing Officer (IRO)",f=["within 20 days of coming into care, then 3 months, then every 6 months"],r="IRO consults Logan beforehand")
P(H2,"Care plan.",0,note="Label only.")
P(H2,"Foster carers (Mr and Mrs Dean, Brightwater Fostering) to attend all parents' evenings and review meetings, and to read with Logan for 15 minutes each evening.",1,
  w=["attend all parents' evenings and review meetings","read with Logan"],o="Foster carers (Mr and Mrs Dean, Brightwater Fostering)",f=["all parents' evenings and review meetings","each evening"],d="15 minutes")
P(H2,"Supervising social worker support to foster carers.",0,o="Supervising social worker",note="'support'; no frequency.")
P(H2,"Child in Need plan: CIN meetings every 6 weeks (social worker chairs, school SENCo attends), CIN plan updated at each meeting.",1,
  w="CIN meetings",o=["social worker","school SENCo"],f="every 6 weeks",r="CIN plan updated at each meeting")
P(H2,"CIN plan to continue.",0,note="'continue'; no content.")
P(H2,"Family support worker (Early Help, Northside hub) | parenting programme 'Calmer Homes' | weekly, Wed 10-11.30am, 8 weeks from 14 Jan 2026 | group of 8 parents | end-of-course review with FSW",1,
  w="parenting programme 'Calmer Homes'",o="Family support worker (Early Help, Northside hub)",f=["weekly, Wed","8 weeks from 14 Jan 2026"],d="10-11.30am",g="group of 8 parents",r="end-of-course review with FSW")
P(H2,"Early Help support for the family.",0,note="'support'.")
P(H2,"Young carers: Demi referred to Borough Young Carers by 30 September 2025; fortnightly young carers' group, Tue 5-6.30pm, group of 12.",1,
  w=["referred to Borough Young Carers","young carers' group"],o="Borough Young Carers",f=["by 30 September 2025","fortnightly","Tue"],d="5-6.30pm",g="group of 12")
P(H2,"Residential placement (52-week) at Oakridge Children's Home, 2:1 staffing when in the community and 1:1 at all other waking times, waking night staff; care plan reviewed by IRO every 6 months.",1,
  w="Residential placement (52-week) at Oakridge Children's Home",o=["Oakridge Children's Home","waking night staff"],f=["52-week","at all other waking times","when in the community"],g=["2:1","1:1"],r="care plan reviewed by IRO every 6 months")
P(H2,"Residential care as required.",0,w="Residential care",note="'as required'.")
P(H2,"Transition to adult social care: Adult Social Care Preparing for Adulthood Team to complete a Care Act assessment between Amelia's 17th and 18th birthdays (by 1 March 2026).",1,
  w="Care Act assessment",o="Adult Social Care Preparing for Adulthood Team",f="(by 1 March 2026)",note="Range of age but hard deadline given.")
P(H2,"Adult services will be informed.",0,note="No who, when.")
P(H2,"Personal Adviser (care leaver) | Leaving Care Team | meeting every 8 weeks + Pathway Plan review every 6 months | from 16th birthday | -",1,
  w=["meeting","Pathway Plan review"],o=["Personal Adviser (care leaver)","Leaving Care Team"],f=["every 8 weeks","every 6 months","from 16th birthday"],r="Pathway Plan review every 6 months")
P(H2,"Pathway plan.",0,note="Label only.")
P(H2,"Youth Justice Service | referral order work (reparation, victim awareness) | case manager | 2 x 1 hr weekly, Mon & Thu 4pm | 1:1 | panel review at 3 months",1,
  w="referral order work (reparation, victim awareness)",o=["Youth Justice Service","case manager"],f=["2 x 1 hr weekly","Mon & Thu 4pm"],d="1 hr",g="1:1",r="panel review at 3 months")
P(H2,"Contact with birth family as per care plan.",0,w="Contact with birth family",note="Cross-refers; no frequency.")
P(H2,"Supervised family time with birth mother at the Family Centre, fortnightly Saturdays 10am-12pm, supervised by a contact supervisor; reviewed at each LAC review.",1,
  w="Supervised family time with birth mother",o="a contact supervisor",f="fortnightly Saturdays",d="10am-12pm",r="reviewed at each LAC review")
P(H2,"Social care will liaise with school.",0,note="'liaise'.")
P(H2,"Social worker (Children's Services, Team 4) will attend every EHCP annual review and each PEP meeting, and send a written update 5 working days before each.",1,
  w=["attend every EHCP annual review and each PEP meeting","send a written update"],o="Social worker (Children's Services, Team 4)",f=["every EHCP annual review and each PEP meeting","5 working days before each"])
P(H2,"Independent visitor for Logan.",0,w="Independent visitor",note="No frequency.")
P(H2,"Independent visitor (Borough IV scheme volunteer), monthly outing of 3 hours on a Saturday, 1:1.",1,
  w="Independent visitor",o="Borough IV scheme volunteer",f=["monthly","on a Saturday"],d="3 hours",g="1:1")
P(H2,"Advocacy | Voice for Children advocate | before each LAC review | 1 hr | 1:1",1,
  w="Advocacy",o="Voice for Children advocate",f="before each LAC review",d="1 hr",g="1:1")
P(H2,"Life story work may be offered.",0,w="Life story work",note="'may'.")
P(H2,"Life story work with the social worker, 6 sessions of 1 hour, fortnightly at the foster home from January 2026, 1:1.",1,
  w="Life story work",o="the social worker",f=["6 sessions","fortnightly","from January 2026"],d="1 hour",g="1:1")
P(H2,"Support for independent living skills at home.",0,note="'support'.")
P(H2,"Independent living skills (cooking a meal, budgeting, laundry) taught by the residential keyworker, 3 x 1 hour weekly (Mon, Wed, Fri 6-7pm), 1:1, recorded on the 'Ready to Go' checklist reviewed monthly by the home manager.",1,
  w="Independent living skills (cooking a meal, budgeting, laundry)",o="the residential keyworker",f=["3 x 1 hour weekly","Mon, Wed, Fri"],d=["1 hour","6-7pm"],g="1:1",r="'Ready to Go' checklist reviewed monthly by the home manager")
P(H2,"Safeguarding plan: child protection plan (neglect) in place; core group every 4 weeks, chaired by the social worker; school DSL attends.",1,
  w=["child protection plan (neglect)","core group"],o=["the social worker","school DSL"],f="every 4 weeks")
P(H2,"Exploitation risk: the Contextual Safeguarding Team will offer work with Reece.",0,o="the Contextual Safeguarding Team",note="'offer work': no content or frequency.")
P(H2,"Contextual Safeguarding Team | 'Safe Streets' 1:1 sessions | Fri 1.30-2.30pm at the AP | 10 weeks from 6 Feb 2026 | review with SW and AP lead at week 5",1,
  w="'Safe Streets' 1:1 sessions",o="Contextual Safeguarding Team",f=["Fri","10 weeks from 6 Feb 2026"],d="1.30-2.30pm",g="1:1",r="review with SW and AP lead at week 5")
P(H2,"Missing episodes: return home interviews.",0,w="return home interviews",note="No who or timescale.")
P(H2,"Return home interview within 72 hours of every missing episode, by the Missing Children's Worker (Safe Return service).",1,
  w="Return home interview",o="the Missing Children's Worker (Safe Return service)",f="within 72 hours of every missing episode")
P(H2,"Short breaks for siblings may be helpful.",0,w="Short breaks for siblings",note="'may be helpful'.")
P(H2,"Parent carer needs assessment (Children and Families Act s97) for Ms Patel by the Disabled Children's Team social worker, completed by 31 January 2026.",1,
  w="Parent carer needs assessment",o="the Disabled Children's Team social worker",f="by 31 January 2026")
P(H2,"Staying Put arrangement: Reece may remain with his foster carers after 18 (agreed in principle).",0,w="Staying Put arrangement",note="'may', 'in principle'; no dates or who confirms.")
P(H2,"Housing | Leaving Care Team to apply for supported accommodation (Cedar Court, 24-hr staffed) | application by 1 April 2026; move-in planned Sept 2026 | - | reviewed at each Pathway Plan review",1,
  w="supported accommodation (Cedar Court, 24-hr staffed)",o="Leaving Care Team",f=["application by 1 April 2026","move-in planned Sept 2026"],r="reviewed at each Pathway Plan review")
P(H2,"Keyworker from the Key Worker Service (autism and learning disability): fortnightly home visit, 1 hour, for 6 months from December 2025, to co-ordinate the family's support and crisis plan.",1,
  w="co-ordinate the family's support and crisis plan",o="Keyworker from the Key Worker Service (autism and learning disability)",f=["fortnightly","for 6 months from December 2025"],d="1 hour",note="'support' appears inside a concrete co-ordination task.")
PN(H2,"No other social care provision is required.",note="Nil statement.")
PN(H2,"Not applicable – Tyler is not known to Children's Social Care. A social care advice request was returned on 2 October 2025 (see Section K).",note="Explicit nil with evidence.")
PN(H2,"Awaiting social care advice.",note="Placeholder/awaiting advice: fault, not item.")
PN(H2,"See H1 above.",note="Cross-reference.")
PN(H2,"Social care provision agreed by Service Manager, Children in Care, 20 November 2025.")
