from nmlib import *

S = []
S.append(("A", HEAD["A"], [
    H2("About me"),
    P("Isla wrote this section herself on her laptop, using large print, with her mum, Rachel Fenwick, at home in "
      "September 2026."),
    P("“Hi, I'm Isla. I'm 12 and I've just started Year 7 at Kingsmead School. I have albinism, which means my skin and "
      "hair are very pale and my eyes don't see as well as other people's. My eyes also move from side to side (that's "
      "called nystagmus). I live with my mum and dad and my older sister Hannah, who is 16 and at Kingsmead too.”"),
    P("“I love reading (on my iPad with big writing), swimming, baking and my cat, Pudding. I'm in the school choir and "
      "I want to learn the guitar. I'm good at English and music and I'm a good listener.”"),
    P("“At my old school everybody knew me. At Kingsmead the corridors are really busy and I can't see the room numbers "
      "or people's faces until they are close, so I don't always know who is saying hello. I hate it when teachers "
      "give out worksheets that are too small and I have to ask in front of everyone. I don't want a TA sitting next "
      "to me all the time. I want to be treated the same as everyone else but with my stuff enlarged.”"),
    P("“My day: Dad drives me to school because the bus stop is on a busy road and I can't read the numbers on the "
      "buses yet. I meet my friend Evie at the front gate and we walk in together. The worst bit is changing lessons, "
      "because everybody pushes and the signs are too high up. Lunch is okay if Evie is there. After school I go to "
      "choir on Tuesdays and swimming on Thursdays. I do my homework on my laptop, and Mum reads some of it to me if "
      "the sheet is small.”"),
    P("“When I grow up I want to be a vet or maybe a writer. I went to a farm for a week in the summer and I helped "
      "feed the lambs, and the vet let me watch. I know I might not be able to drive, so I'd need to live somewhere "
      "with good buses, or work in a town. Mum says there are vets who have a visual impairment, so I'm going to find "
      "out about it.”"),
    P("“Things that help me: my iPad with the board on it, sitting at the side away from the window, my hat and sunglasses "
      "outside, people saying their name when they talk to me, worksheets on buff paper, and being allowed to leave a "
      "minute early when the corridors are busy, but only if a friend can come.”"),
    P("“Things that don't help: teachers standing in front of the window when they talk, people pointing and saying "
      "‘over there’, red pen on a whiteboard, shiny paper, and people asking me how many fingers they are holding up.”"),
    H2("Parents' views"),
    P("Rachel and her husband, Stuart Fenwick, said Isla is a confident, chatty girl at home but has been anxious about "
      "the move to secondary school. They want her to be independent getting around school and on the bus, and they "
      "want all her teachers to know how to modify her work without her having to ask. They are worried that she has "
      "missed lessons this month because she got lost and was too embarrassed to ask."),
    P("Rachel said that at primary school Isla had the same teaching assistant for three years, who knew exactly how to "
      "enlarge her work and when to step back. She is concerned that at Kingsmead Isla has up to 12 different teachers "
      "a week and that some of them do not yet know her needs. Stuart would like Isla to learn to use the bus to town "
      "with her sister by the end of Year 8."),
    H2("History"),
    P("Isla was diagnosed with oculocutaneous albinism at 3 months. She has been supported by the Northmoor Sensory "
      "Support Service since she was a baby. She attended Sandholme Primary School, where she had an EHC plan from Year 2. "
      "This plan has been amended following her Year 6 to Year 7 transfer review."),
]))
S.append(("B", HEAD["B"], [
    H2("Sensory and/or physical needs"),
    P("Isla has a severe visual impairment. Her distance vision is 6/36 with both eyes (she sees at 6 metres what a "
      "person with typical vision sees at 36 metres) and her near vision is N14 at a close working distance. She has "
      "nystagmus, which makes it tiring for her to read for long periods, and photophobia (sensitivity to light), so "
      "glare from windows and interactive whiteboards makes it hard for her to see. She needs all printed materials "
      "modified to N24 bold on buff paper, or electronic copies she can enlarge on her iPad. She needs to be taught to "
      "use magnification and to touch-type. She needs mobility and orientation training to get around a large "
      "secondary site and to use public transport. The QTVI, Mrs Angela Brooke, advises that Isla needs “a high level "
      "of support” in Year 7."),
    P("Extract from the Sensory Support Service functional vision assessment (Mrs Angela Brooke, September 2026): "
      "“Isla reads N24 print at 15 cm with her glasses at a reading speed of 92 words per minute, which is well below that "
      "of her sighted peers (about 200 words per minute at this age). Her reading speed falls after 10 minutes as her eyes "
      "tire. She uses a head tilt and a null point to the left to dampen her nystagmus, so she should be seated to the "
      "right of the teacher's usual teaching position. She cannot access the interactive whiteboard from the second row "
      "and relies on a mirrored copy on her iPad. She has not yet mastered the use of her monocular for distance tasks. "
      "She identifies people by voice and clothing rather than faces. Contrast sensitivity is reduced, and she has "
      "difficulty with faint or coloured text, with pale pencil lines in mathematics and with diagrams on photocopied "
      "sheets. In PE she cannot track fast-moving balls and has difficulty in bright sun on the field.”"),
    P("The assessment also notes that Isla did not yet know the layout of the Kingsmead site three weeks into term, had "
      "been late to 6 lessons, and had twice been found in the wrong building. Her mobility and orientation skills are "
      "good in familiar places, but she has not yet learnt route planning, using landmarks on an unfamiliar site, or "
      "asking for help from the public."),
    H2("Cognition and learning"),
    P("Isla is a capable learner. Her end of Key Stage 2 results were at the expected standard in reading and "
      "mathematics and greater depth in writing. The Educational Psychologist's assessment in March 2022 found her "
      "verbal reasoning to be above average. Her processing of visual information is slow, and she needs more time to "
      "complete tasks, particularly those involving diagrams, graphs and maps."),
    P("Her teachers' early reports from Kingsmead say that Isla contributes well to discussion in English and "
      "history, is a strong singer in music, and has good mental arithmetic. In science and geography she has found "
      "diagrams, maps and graphs hard to access, and she has not completed some homework set on the online platform "
      "because the text was too small on her home laptop."),
    H2("Social, emotional and mental health"),
    P("Isla is anxious in busy places and about asking for help. She does not want to be seen as different and has "
      "started to refuse to use her monocular in front of peers. She has a few friends from primary school."),
    P("Since starting at Kingsmead, Isla has twice gone home upset, telling her mum that a group of older pupils made "
      "comments about her hair and her eyes. School dealt with this under its anti-bullying policy. Her head of year, "
      "Mrs Kate Sutton, reports that Isla is well liked in her form but tends to stay close to one friend and does not "
      "yet join clubs at lunchtime. Isla has said she would like to meet other young people who have a visual impairment."),
]))
S.append(("C", HEAD["C"], [
    P("Isla has oculocutaneous albinism with nystagmus and photophobia. She is reviewed at the Northmoor General Hospital "
      "eye clinic. She wears glasses with tinted lenses. Because of her albinism, her skin burns very easily and she "
      "must wear sun cream (factor 50) and a hat outdoors."),
    P("Mr Varma's letter (June 2026) confirms that Isla's vision is stable, that no treatment is available to improve her "
      "acuity, and that her tinted glasses should be worn at all times. He recommends a dermatology check each year "
      "because of the increased risk of skin damage. Isla's GP is Dr Lucy Fraser at Kingsmead Medical Practice."),
]))
S.append(("D", HEAD["D"], [
    P("There are no social care needs."),
]))
S.append(("E", HEAD["E"], [
    P("The outcomes below have been written following the transfer review and will be reviewed at Isla's first annual "
      "review at Kingsmead. School will share Isla's termly targets with her parents."),
    H2("Sensory and/or physical"),
    O("1. By July 2027, Isla will travel independently between all her lessons on the Kingsmead site, arriving within "
      "5 minutes of the start, on every day of a 4-week monitoring period.",
      s="Isla", b="travel independently between all her lessons on the Kingsmead site", c=["arriving within 5 minutes of the start", "on every day of a 4-week monitoring period"],
      t="By July 2027"),
    O("2. Isla will become more confident using her magnifier and monocular.",
      note="No criterion and no timescale."),
    O("3. By July 2027, Isla will touch-type at 25 words per minute with 95% accuracy.",
      s="Isla", b="touch-type", c=["25 words per minute", "95% accuracy"], t="By July 2027"),
    O("4. Isla will have all her work modified to N24.",
      prov=True, note="Describes a service to Isla, not a change in her."),
    H2("Cognition and learning"),
    O("5. By July 2028, Isla will continue to make good progress across the curriculum.",
      t="By July 2028", note="'Continue to make good progress' has no skill or criterion."),
    H2("Social, emotional and mental health"),
    O("6. {+By July 2027, +}Isla will ask a teacher for modified materials or help when she needs it{-, in most lessons-}.",
      s="Isla", b="ask a teacher for modified materials or help when she needs it", t="By July 2027",
      note="Tracked changes add a date and delete 'in most lessons'; no criterion remains."),
]))
S.append(("F", HEAD["F"], [
    P("Kingsmead School will make the provision below, with specialist advice and teaching from the Northmoor Sensory "
      "Support Service. Isla will be supported in line with the Sensory Support Service's recommendations and the "
      "school's VI resource base arrangements. The SENCo, Mr Neil Barraclough, will oversee the provision."),
    T("Sensory and/or physical", [
        ("Severe visual impairment: access to print and the curriculum", [
            R("Teaching of specialist skills (touch-typing, use of magnifier, monocular and iPad accessibility features).",
              "QTVI", "{-Regularly-}{+Once weekly+}", "45 minutes", "1:1", note="Tracked change replaces 'Regularly'."),
            R("All printed materials modified to N24 bold on buff paper, or sent electronically before the lesson.",
              "Subject teachers with the resource base", "Every lesson", "", "N/A", nodur=True),
            R("Support in lessons from a teaching assistant.", "TA", "As required", "", "", what=[], vague=True,
              note="No task, frequency or hours."),
            R("Seating away from windows, with blinds closed, and a copy of the board on Isla's iPad via the classroom app.",
              "Subject teachers", "Every lesson", "", "N/A", nodur=True),
            R("iPad with enlargement apps, a hand-held magnifier, a monocular and a height-adjustable sloping desk.",
              "Northmoor Sensory Support Service (loan equipment)", "Available every lesson", "", "N/A", f=["every lesson"], nodur=True),
            R("Extra time and modified papers in all tests and examinations.", "Examinations officer", "All tests and examinations",
              "", "N/A", nodur=True, vague=True, spec=False, note="Amount of extra time not stated."),
        ]),
        ("Mobility and orientation around a large site", [
            R("Mobility and orientation training around the Kingsmead site and on the school bus route.",
              "Habilitation Specialist, Northmoor Sensory Support Service", "Weekly for a term", "", "1:1",
              note="No session length."),
            R("Staff awareness training on visual impairment for all Year 7 teachers.", "QTVI", "Once, October 2026", "",
              "Year 7 teachers", g=[], nodur=True, spec=False, note="Training length and group size missing."),
        ]),
        ("Sun protection outdoors", [
            R("Isla to be reminded to apply sun cream and wear her hat before PE and outdoor breaks.", "PE staff and form tutor",
              "Before every outdoor session", "", "1:1", nodur=True),
        ]),
    ]),
    T("Social, emotional and mental health", [
        ("Anxiety about asking for help and being seen as different", [
            R("Check-ins with her form tutor.", "Form tutor", "Regularly", "", "1:1", vague=True),
            R("Meeting with other young people with visual impairment through the Northmoor VI Youth Group.",
              "Northmoor Sensory Support Service", "Once each half-term", "2 hours", "Group of 8-10",
              g=[], spec=False, note="A range is not a definite group size."),
        ]),
    ]),
    T("Cognition and learning", [
        ("Slow visual processing", [
            R("Additional time to complete tasks and reduced copying.", "Subject teachers", "Every lesson", "", "N/A",
              vague=True, nodur=True, spec=False, note="'Additional time' is not quantified."),
        ]),
    ]),
]))
S.append(("G", HEAD["G"], [
    T("Health provision", [
        ("Albinism, nystagmus and photophobia", [
            R("Eye clinic review and updated glasses prescription.", "Ophthalmology, Northmoor General Hospital", "TBC", "", "1:1",
              nodur=True, f=[], note="Frequency left as TBC."),
        ]),
    ]),
]))
S.append(("H1", HEAD["H1"], [P("None.")]))
S.append(("H2", HEAD["H2"], [P("None.")]))
S.append(("I", HEAD["I"], [P(DRAFT_I)]))
S.append(("J", HEAD["J"], [P("No personal budget has been requested. Rachel and Stuart asked at the transfer review "
      "whether Isla could have her own laptop with screen magnification software to use at home and at school. The "
      "caseworker explained that specialist equipment is normally loaned by the Sensory Support Service and that a "
      "personal budget for equipment can be discussed at the first annual review if the loan arrangement does not meet "
      "Isla's needs.")]))
S.append(("K", HEAD["K"], [
    KV([["Advice", "Author", "Date"],
        ["Isla's views", "Isla Fenwick", "14 September 2026"],
        ["Parental advice", "Rachel and Stuart Fenwick", "14 September 2026"],
        ["Educational advice", "Mr Neil Barraclough, SENCo, Kingsmead School", "21 September 2026"],
        ["Sensory Support Service advice (vision)", "Mrs Angela Brooke, QTVI", "18 September 2026"],
        ["Educational psychology advice", "Dr Peter Hollis, Educational Psychologist", "10 March 2022"],
        ["Ophthalmology letter", "Mr Rajesh Varma, Consultant Ophthalmologist", "4 June 2026"]],
       widths=[6.5, 7, 3.5]),
]))

PLAN = dict(
    slug="isla_fenwick", child="Isla Fenwick", dob="2014-09-15", plan_date="2026-09-30", status="draft",
    grade="requires_improvement", tc_date="2026-09-29T14:40:00Z",
    cover=cover("Isla Fenwick", "15 September 2014", "681 274 9930", "G823408850014", "30 September 2026", "Draft",
                "Mark Tennant, SEND Caseworker", school="Kingsmead School (Year 7)"),
    contacts=[["Rachel and Stuart Fenwick", "Parents", "Via the SEND caseworker"],
              ["Mr Neil Barraclough", "SENCo, Kingsmead School", "Via the school office"],
              ["Mrs Angela Brooke", "QTVI, Northmoor Sensory Support Service", "01632 960 388"],
              ["Mark Tennant", "SEND Caseworker, Northmoor County Council", "01632 960 146"]],
    sections=S, status_of={"D": "nil", "H1": "nil", "H2": "nil", "I": "blank", "J": "nil"}, missing=[],
    layout="Heading 1 'Section X – ...' headings after a cover table; E numbered under Heading 2 areas; F/G tables with merged "
           "title row and vertically merged Need column; a few unaccepted tracked changes (SEN Team Manager) in E and F.",
    rationale=("Requires improvement (draft). Isla's voice is strong and her needs in vision are well described, but: only 2 of "
               "6 outcomes are SMART (others vague, untimed, or provision: 'have all her work modified'); a material share of F "
               "lacks frequency, duration or a defined task ('support in lessons from a teaching assistant' as required, "
               "'regularly', 'additional time', no session length for mobility training); G leaves the eye clinic frequency "
               "as TBC and has no DCO agreement; D is a bare 'no social care needs' with no social care advice in K; the EP "
               "advice is from 2022; QTVI is never explained and the QTVI's 'high level of support' is not translated into "
               "hours. Not inadequate: all sections present, every need has some provision, and several items are well specified."),
    faults=[
        dict(kind="outcome-not-smart", section="E", sentence="2. Isla will become more confident using her magnifier and monocular."),
        dict(kind="outcome-is-provision", section="E", sentence="4. Isla will have all her work modified to N24."),
        dict(kind="outcome-not-smart", section="E", sentence="5. By July 2028, Isla will continue to make good progress across the curriculum."),
        dict(kind="outcome-not-smart", section="E", sentence="6. By July 2027, Isla will ask a teacher for modified materials or help when she needs it."),
        dict(kind="vague-provision", section="F", sentence="Support in lessons from a teaching assistant. | TA | As required"),
        dict(kind="vague-provision", section="F", sentence="Check-ins with her form tutor. | Form tutor | Regularly | 1:1"),
        dict(kind="vague-provision", section="F", sentence="Additional time to complete tasks and reduced copying."),
        dict(kind="vague-provision", section="F", sentence="Extra time and modified papers in all tests and examinations."),
        dict(kind="placeholder", section="G", sentence="Eye clinic review and updated glasses prescription. | Ophthalmology, Northmoor General Hospital | TBC | 1:1"),
        dict(kind="unexplained-acronym", section="B", sentence="The QTVI, Mrs Angela Brooke, advises that Isla needs “a high level of support” in Year 7."),
        dict(kind="outdated-advice", section="K", sentence="Educational psychology advice | Dr Peter Hollis, Educational Psychologist | 10 March 2022"),
        dict(kind="health-need-no-provision", section="C", sentence="He recommends a dermatology check each year because of the increased risk of skin damage."),
        dict(kind="no-health-or-social-care-advice", section="D", sentence="There are no social care needs."),
        dict(kind="vague-provision", section="B", sentence="The QTVI, Mrs Angela Brooke, advises that Isla needs “a high level of support” in Year 7."),
    ],
)
