META = {
    "id": "fw04", "child_name": "Harry Pickering", "plan_date": "2025-02-12", "age": 8, "status": "final",
    "target_grade": "good", "pdf": True,
    "rationale": "Good. All sections are present and separately headed. Harry's views are given in his own words and his mother's and father's views are included. B describes motor, literacy, attention and emotional needs with strengths and attainment. C (DCD, eyesight) is matched in G; D, H1 and H2 are explicitly nil with a reason and social care advice in K. Nearly all F items are quantified with who, how often, how long and group size, and OT sits in F. Most outcomes are SMART and linked to A and B. Not outstanding because: the emotional outcome (E5) is not measurable; one F item leaves 'regular' movement breaks unquantified; there is no statement of how shorter-term targets will be set and reviewed; and co-ordination between the OT and school is thinner than in the strongest plans.",
    "layout": "Plain prose; cover details table; bold capital headings 'SECTION X – TITLE'; F numbered 1.-5. with (a)-(e) sub-points; K as a table.",
    "section_status": {"D": "nil", "H1": "nil", "H2": "nil"},
    "extra_faults": [],
}

BODY = r"""
#T FENWICK SHIRE COUNCIL
#T EDUCATION, HEALTH AND CARE PLAN
|| Child's name | Harry Thomas Pickering
|| Date of birth | 05/10/2016
|| Age at date of plan | 8 years
|| Home address | 27 The Green, Kestle Combe, Fenwick
|| Parents | Sarah Pickering (mother, lives with Harry) and Mark Pickering (father)
|| Current school and year group | Kestle Combe Primary School, Year 3
|| Date of this plan | 12 February 2025 (final)
|| Date of next annual review | By 11 February 2026
|| SEND caseworker | Joanna Whitby, SEND Assessment and Review Team
##A SECTION A – THE VIEWS, INTERESTS AND ASPIRATIONS OF HARRY AND HIS PARENTS
##- Harry's views
Harry talked to his teaching assistant, Mrs Dawn Ellery, and drew pictures for this section in December 2024. He said:
"I like Lego, football (I support Fenwick Town), my cat Biscuit and going to Dad's because we go to the skate park. I am good at building things and I know loads about space. I am funny."
"Writing makes my hand hurt and my letters go everywhere. I hate it when people can read my work and I can't. Reading is hard because the words jump about. I don't like PE when we have to catch because I always drop it and people laugh."
"It helps when Mrs Ellery does the writing bits with me and when I can use the laptop. I like it when I can stand up and move about."
"When I'm big I want to be an astronaut or an engineer who builds bridges."
##- Parents' views
Sarah Pickering says Harry is "a bright, funny, loving boy who is losing his confidence". She is worried that he has started saying he is "stupid" and that he complains of tummy aches on school mornings, especially on days with spelling tests. At home he is clumsy, finds it hard to dress and to use a knife and fork, and gets frustrated quickly. She wants him to "catch up with reading and writing and feel good about himself". Mark Pickering, who sees Harry every other weekend and one evening a week, agrees and says Harry is "brilliant with his hands when it's something he cares about, like Lego Technic". Both parents want Harry to stay at Kestle Combe, where his friends are.
##- Harry's story so far
Harry lives with his mother, Sarah, and his sister Ellie, who is four and goes to the pre-school in the village hall. He has attended Kestle Combe Primary School since Reception. His early development was described by his health visitor as "a little late with walking and dressing, but otherwise on track": he walked at 18 months and did not ride a balance bike until he was five. In Reception and Year 1 his teachers noticed that he found pencil control, cutting and letter sounds hard, and he had small-group phonics support and a fine motor group. He did not pass the Year 1 phonics screening check (scoring 19) or the Year 2 re-check (scoring 27). The school placed him on SEN support in Year 1 and asked for OT and educational psychology advice in Year 2, and Sarah asked for an EHC needs assessment in September 2024 because, despite a year of targeted support, the gap between Harry and his classmates was widening and he was becoming unhappy.
##- What people like and admire about Harry
His teachers describe Harry as "full of questions", "a brilliant team player in design and technology" and "the first to help a friend who is upset". He has a strong memory for facts he has heard, especially about space and machines, and he explains things well when he can talk rather than write. He is persistent with practical problems and will keep going with a construction model for a whole afternoon.
##- Aspirations
Harry wants to be an astronaut or an engineer. His parents want him to read and write well enough to show how clever he is, to be able to dress and look after himself, and to be confident and happy at school.
##- How Harry and his parents would like to be involved
Harry would like to come to the last part of his review meetings and show his work on the laptop. Sarah and Mark would both like to be invited to reviews and sent copies of reports; Mark asked for reports to be emailed to him as well as sent home with Harry, because he does not always see the book bag. Sarah prefers meetings after 3pm because of her work at the village shop.
##B SECTION B – SPECIAL EDUCATIONAL NEEDS
Harry was diagnosed with developmental coordination disorder (DCD, sometimes called dyspraxia) by the children's occupational therapy service in June 2024. The educational psychologist's assessment (Dr Ian Ferris, October 2024) describes a specific learning difficulty affecting reading and spelling, with a dyslexic profile. His needs are set out below.
##- Communication and interaction
Harry's speech and language are in line with his age and his spoken vocabulary is a strength: he explains his ideas about space and engineering with enthusiasm and detail. He has good friendships and is popular in his class. He has no identified needs in this area, although he can become withdrawn and reluctant to speak in front of the class when he is anxious about his work.
##- Cognition and learning
Dr Ferris found Harry's verbal reasoning to be in the high average range and his visual-spatial reasoning to be above average. His phonological processing (the ability to hear and work with the sounds in words) was well below average (7th percentile), and his rapid naming and working memory were below average. Harry's reading age in November 2024 was 6 years 5 months, nearly two years below his age; he reads slowly, sounding out most words, and guesses words from the first letter. He knows most single letter sounds but is not secure with vowel digraphs ("ai", "ee", "oa"). His spelling age is 6 years 1 month. In mathematics he is working at the expected standard in reasoning and place value but is slow with written methods because of his handwriting, and he reverses numbers such as 3, 5 and 9. He concentrates well on practical tasks but finds it hard to stay on task during long periods of writing, when he often leaves his seat.
##- Social, emotional and mental health
Harry is sociable and kind, and well liked. Over the last year his class teacher, Mrs Bethan Loveday, has noticed him becoming more anxious about reading and writing: he hides his work, says he is "rubbish" and has twice torn up his writing. He has complained of tummy aches before school, and his attendance fell to 91% in the autumn term 2024. He is very aware of the gap between himself and his friends. He responds well to praise and to adults who make learning practical and fun.
##- Sensory and/or physical needs
Fiona Shaw, occupational therapist (OT), assessed Harry in May 2024. On the Movement ABC-2 his total score was at the 2nd percentile. He has difficulty with fine motor control (pencil grip, cutting, fastenings), bilateral coordination (using two hands together), balance, and ball skills. His handwriting is large, poorly formed and slow (about 5 letters a minute when copying) and he complains that his hand hurts after a few minutes. He sits on the edge of his chair and slumps at the table. He takes a long time to change for PE and needs help with buttons, laces and turning clothes the right way round. He wears glasses for long sight.
##- Summary of attainment (December 2024)
Reading: working towards the Year 2 standard (reading age 6 years 5 months). Writing: working at the Year 1 standard in transcription, with ideas and vocabulary in line with his age when he dictates. Mathematics: working at the expected Year 3 standard in number and reasoning, below in written calculation. Science and topic: in line with his age when he can record orally or practically. Physical education: below the expected standard in ball skills and balance.
##C SECTION C – HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
Developmental coordination disorder (DCD), diagnosed by the children's occupational therapy service, which affects his motor skills, handwriting and self-care (see Section B).
Dr Lucy Okonjo, community paediatrician, saw Harry in November 2024 and confirmed that his growth, hearing and general health are normal and that his motor difficulties are consistent with DCD. She found no medical cause for his tummy aches and thinks they are most likely linked to anxiety about school, which she advises should be kept under review by his GP.
Long sight (hypermetropia), for which Harry wears glasses and is reviewed by the hospital orthoptic service. He should wear his glasses for all close work.
Harry has no other health needs and takes no medication.
##D SECTION D – SOCIAL CARE NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS OR DISABILITY
Social care advice was requested from the Fenwick Children's Services Front Door team, which reported on 2 December 2024 that Harry is not known to social care and has no social care needs arising from his special educational needs or disability.
##E SECTION E – OUTCOMES
@O E1. {t:By the end of Year 4 (July 2026)}, {s:Harry} {b:will read} {c:with a reading age within 12 months of his chronological age} {b:on the Salford Sentence Reading Test}.
@O E2. {t:By the end of Year 4 (July 2026)}, {s:Harry} {b:will spell words with the common vowel digraphs taught in Phases 3 and 5 of phonics} {c:with 80% accuracy in a dictated sentence}.
@O E3. {t:By the end of Key Stage 2 (July 2028)}, {s:Harry} {b:will touch-type} {c:at 20 words per minute} {b:and use a laptop independently to write extended pieces of work across the curriculum}.
@O E4. {t:By the end of Year 4 (July 2026)}, {s:Harry} {b:will write a sentence of at least eight words in joined handwriting that an unfamiliar reader can read,} {c:at a speed of at least 10 letters a minute}.
@O(nonspec) E5. [[outcome-not-smart|{t:By the end of Year 4 (July 2026)}, {s:Harry} {b:will feel more confident about his learning and be happier at school.}]] %% Not measurable: no criterion; 'feel more confident' is not a concrete behaviour.
@O E6. {t:By the end of Year 4 (July 2026)}, {s:Harry} {b:will change for PE, including doing up buttons and putting shoes on the correct feet,} {c:independently within 10 minutes}.
@O E7. {t:By the end of Year 3 (July 2025)}, {s:Harry} {b:will catch a large ball thrown from two metres} {c:in 8 out of 10 attempts}.
##F SECTION F – SPECIAL EDUCATIONAL PROVISION
Kestle Combe Primary School will make the following provision. The SENCo, Mr Gareth Hume, will make sure it is delivered and will review it with Harry's parents each term.
1. Literacy
@P (a) {who:A teaching assistant trained in the "Sound Discovery" structured phonics programme} will {w:deliver Sound Discovery} {f:four times a week} for {d:20 minutes} {g:1:1}, {r:with Harry's progress checked by the SENCo each half-term using the programme's placement test}.
@P (b) {who:The teaching assistant} will {w:hear Harry read from a decodable book matched to his phonics stage}, {f:three times a week} for {d:10 minutes} {g:1:1}.
@P (c) {who:The class teacher} will {w:give Harry a weekly spelling list of no more than six words from his phonics stage, taught using a multisensory "look, say, cover, write, check" routine} with {who:the teaching assistant} {f:three times a week} for {d:5 minutes} {g:1:1}, {w:instead of the class spelling test}.
@P(nodur,nogrp) (d) {who:All teachers} will {w:read written instructions and texts aloud to Harry or provide them in audio, provide a coloured overlay and print worksheets in a 14-point sans-serif font on cream paper}, {f:in every lesson}.
@P(nodur,nogrp) (e) {w:provide a laptop with a word processor and spell-checker}, {w:for use in all extended writing}, {f:from April 2025}, {who:supplied and maintained by the school}.
@P (f) {who:The teaching assistant} will {w:teach touch-typing using "Nessy Fingers"}, {f:three times a week} for {d:15 minutes} {g:1:1} in morning registration.
2. Handwriting and fine motor skills
@P (a) {who:The teaching assistant} will {w:deliver the OT's handwriting and fine motor programme (warm-up exercises, pencil grip, letter formation using "Write from the Start")}, {f:four times a week} for {d:15 minutes}, in {g:a group of no more than three}, {r:with progress checked by the OT each term}.
@P(nodur,nogrp) (b) {w:provide a sloped writing board, a triangular pencil with a grip, a wobble cushion and a footrest at Harry's table}, {who:as recommended by the OT}, {f:for all table work}.
@P(nodur,nogrp) (c) {who:The class teacher} will {w:reduce the amount of copying}, {w:provide printed sheets for Harry to stick in}, and {w:accept work recorded with photographs, drawings or the laptop}, {f:in every lesson}.
3. Motor skills and self-care
@P (a) {who:An HCPC-registered occupational therapist from the Fenwick Children's Therapy Service} will {w:review Harry in school, update his programme and show the teaching assistant how to deliver it}, {f:once a term} for {d:45 minutes} {g:1:1}.
@P (b) {who:The teaching assistant} will {w:deliver a gross motor and ball skills group ("Fizzy" programme)}, {f:twice a week} for {d:20 minutes}, in {g:a group of no more than six}.
@P (c) {who:The teaching assistant} will {w:teach dressing skills using backward chaining}, {f:before each PE lesson} ({f:twice a week}), for {d:10 minutes} {g:1:1}, {w:with Harry changing in the quiet room}.
@P(vague,nodur,nogrp) (d) [[vague-provision|{who:The class teacher} will allow Harry regular movement breaks during the day.]] %% 'regular' with no frequency or length: not specific.
4. Social, emotional and mental health
@P (a) {who:The school's emotional literacy support assistant (ELSA), trained by the Fenwick Educational Psychology Service,} will {w:deliver a self-esteem programme based on "Starving the Anxiety Gremlin"}, {f:once a week} for {d:30 minutes} {g:1:1}, {f:for 12 weeks from March 2025}, {r:reviewed by the SENCo with Sarah Pickering at week 12}.
@P(nodur,nogrp) (b) {who:The class teacher} will {w:mark Harry's work on content, not presentation and spelling, and give specific praise for effort}, {f:in every lesson}.
@P (c) {who:The teaching assistant} will {w:meet Harry at the classroom door for a "worry check-in" using a feelings scale}, {f:every morning} for {d:5 minutes} {g:1:1}.
5. Review
The SENCo will hold the annual review by 11 February 2026, inviting the OT and the educational psychologist.
##G SECTION G – HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN HARRY HAVING SPECIAL EDUCATIONAL NEEDS
@P(nodur,nogrp) G1. {who:The hospital orthoptic service at Fenwick General Hospital} will {w:review Harry's eyesight and glasses} {f:once a year}, {w:sending the outcome to his parents and the school}.
@P(nodur,nogrp) G2. {who:Harry's GP} will {w:review his tummy aches if they continue after the start of the ELSA programme}, {f:at an appointment in the summer term 2025}.
The occupational therapy that Harry needs is educational provision and is set out in Section F.
##H1 SECTION H1 – SOCIAL CARE PROVISION MADE UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970
None. Harry has no social care needs (see Section D).
##H2 SECTION H2 – ANY OTHER SOCIAL CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN HARRY HAVING SPECIAL EDUCATIONAL NEEDS
None. Harry has no social care needs (see Section D).
##I SECTION I – PLACEMENT
Kestle Combe Primary School (community primary school), School Lane, Kestle Combe, Fenwick.
##J SECTION J – PERSONAL BUDGET
No personal budget has been requested.
##K SECTION K – ADVICE AND INFORMATION
|| Advice | Author | Date
|| Parents' views | Sarah Pickering and Mark Pickering | 29 November 2024
|| Harry's views | Harry Pickering, with Mrs Dawn Ellery | 10 December 2024
|| Educational advice | Mr Gareth Hume, SENCo, and Mrs Bethan Loveday, class teacher, Kestle Combe Primary School | 28 November 2024
|| Educational psychology advice | Dr Ian Ferris, educational psychologist, Fenwick Educational Psychology Service | 24 October 2024
|| Occupational therapy advice | Fiona Shaw, occupational therapist, Fenwick Children's Therapy Service | 13 November 2024
|| Health advice | Dr Lucy Okonjo, community paediatrician, Fenwick Community Health NHS Trust | 19 November 2024
|| Social care advice | Fenwick Children's Services Front Door team | 2 December 2024
Signed on behalf of Fenwick Shire Council: Joanna Whitby, SEND Caseworker, 12 February 2025.
"""
