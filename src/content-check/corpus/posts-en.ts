import { address, businessId, confidential, email, health, hetu, iban, person, phone, plate, postsIn } from './labels';

// English posts and drafts: the city's channels for international residents, students, workers
// and visitors, and replies in English.

const { post, posts } = postsIn('en');

// ---------------------------------------------------------------------------------------------
// The library

post('library', 'The main library is closed on Midsummer Eve, 19 June. The return slot is open and you can renew your loans online. Happy Midsummer! ☀️');
post('library', 'Story time in English every Thursday at 5 pm in the children’s section. Ages 3–6. Free entry!');
post(
  'library',
  'Thank you to everyone who took part in the reading marathon! Special thanks to Emily Carter, who read 51 books this summer 📚',
  [person('Emily Carter')],
);
post(
  'library',
  'The book club meets on Tuesday 14 April at 5 pm. We discuss The Summer Book by Tove Jansson. Led by librarian Anne Savolainen.',
  [person('Anne Savolainen')],
);
post('library', 'Late fees are €0.20 per day per loan, at most €6. Pay to account FI87 1880 0011 2345 67, reference 1230 4560 7890 1.', [
  iban('FI87 1880 0011 2345 67'),
]);
post('library', 'Summer opening hours 1 June – 16 August 2026: Mon–Thu 10–18, Fri 10–16. More information: kirjasto@pieksamaki.fi or +358 15 788 2400.');
post(
  'library',
  'Hi David, your reservation is waiting for you at Naarajärvi branch library until 12 March. Call us at 015 788 2400 if you need to change the pick-up place.',
  [person('David')],
);
post(
  'library',
  'The library is moving: from 1 September our address is Keskuskatu 15, 76100 Pieksämäki. We are closed 10–28 August.',
  [address('Keskuskatu 15, 76100 Pieksämäki')],
);
post('library', 'Printing costs €0.50 per page, colour €1. Search the catalogue by ISBN 978-0-14-118776-1 or by title.');
post(
  'library',
  'Reminder: an unreturned loan has been sent to debt collection. Customer Ahmed Hassan, customer number 2026-04413, personal identity code 121260-048E.',
  [person('Ahmed Hassan'), hetu('121260-048E')],
);
post('library', 'The Secret Garden by Frances Hodgson Burnett is our summer book club pick. 15 copies available to reserve.');
post('library', 'Game club for teens on Wednesdays 3–5 pm. Board games and Switch. Age ratings (PEGI 12, K-12) apply.');

// ---------------------------------------------------------------------------------------------
// Youth services

post(
  'youth',
  'Our outreach youth worker Olga Ivanova can be reached on weekdays at +358 44 720 1288 or olga.ivanova@pieksamaki.fi.',
  [person('Olga Ivanova'), phone('+358 44 720 1288'), email('olga.ivanova@pieksamaki.fi')],
);
post('youth', 'The summer job voucher is worth €300 and can be used 1 June – 31 August. Employers must register the summer worker by 15 May.');
post(
  'youth',
  'Congratulations to the new chair of the youth council, Aino Räsänen, and vice chair Daniel Okafor! 🎉',
  [person('Aino Räsänen'), person('Daniel Okafor')],
);
post(
  'youth',
  'Our youth worker Sarah is on sick leave until 15 March, so Tuesday’s girls’ night is cancelled. We’ll be back!',
  [person('Sarah'), health('on sick leave')],
);
post(
  'youth',
  'Missing: a black moped was taken from the youth centre’s yard, registration plate ZTA-71. Please report any sightings to the police.',
  [plate('ZTA-71')],
);
post(
  'youth',
  'Camp registration: Lucas M. and Mia P. are on the waiting list. The camp fee of €85 is paid to FI50 2040 6000 1239 87, reference 10012.',
  [person('Lucas M.'), person('Mia P.'), iban('FI50 2040 6000 1239 87')],
);
post(
  'youth',
  'One of our young people told us that he has been self-harming, and we referred him to the school counsellor.',
  [health('self-harming')],
);
post(
  'youth',
  'DRAFT – INTERNAL ONLY. Staff wellbeing and occupational health feedback will be discussed by the management team on 4 February.',
  [confidential('INTERNAL ONLY')],
);
post('youth', 'Summer clubs: cooking for ages 8–12 (10 places), sports for ages 10–15 (20 places). Fee €15. Registration opens 3 May at 9 am.');

// ---------------------------------------------------------------------------------------------
// Events and culture

post('events', 'Pieksämäki Market Day on Saturday 13 June, 8 am – 2 pm at the market square! 60 stalls, €25 per 3 m. Welcome!');
post(
  'events',
  'Stalls are booked with Helena Kärkkäinen, tel. 050 346 7788, by 5 June.',
  [person('Helena Kärkkäinen'), phone('050 346 7788')],
);
post('events', 'Independence Day celebration at the City Hall on 6 December at 2 pm. Speech by the chair of the city council. Coffee served. 🇫🇮');
post(
  'events',
  'Thanks to last night’s performers! In the photo from left: Tuula Ahonen, James O’Brien and conductor Eero Lindqvist. Photo: Satu Rantanen',
  [person('Tuula Ahonen'), person('James O’Brien'), person('Eero Lindqvist'), person('Satu Rantanen')],
);
post('events', 'The outdoor concert moves to the Pieksämäki Hall due to rain. Start time 6 pm stays. Tickets €10, under 12s free.');
post(
  'events',
  'The event is organised by Pieksämäki Events Ltd (business ID 1551515-4). Invoicing: billing@pieksamakievents.fi',
  [businessId('1551515-4'), email('billing@pieksamakievents.fi')],
);
post(
  'events',
  'EMBARGOED until 15 May 10:00: this summer’s headliner is Jenni Vartiainen. To be published together with the festival.',
  [confidential('EMBARGOED'), person('Jenni Vartiainen')],
);
post('events', 'Secret Santa at the staff Christmas party on 12 December! Gift budget up to €10. 🎁');
post(
  'events',
  'Venue: Savonkatu 12, inner courtyard. Parking at the Asemakatu car park, 2 hours free.',
  [address('Savonkatu 12')],
);
post('events', 'Thank you, all 2,400 visitors! Next year’s market is on 12–13 June 2027. Feedback: https://www.pieksamaki.fi/en/feedback');
post('events', 'Welcome evening for new residents on 22 September at 6 pm at the City Hall. Interpretation into Ukrainian, Arabic and Russian. Free coffee.');
post(
  'culture',
  'Music institute spring concert on 20 May at 6 pm. Soloists Grace Kim (cello) and Mark Thompson (piano). Free entry.',
  [person('Grace Kim'), person('Mark Thompson')],
);
post('culture', 'The museum is open Tue–Sun 11–17. Admission €8 / €5, free with the Museum Card. Special exhibition “Railway Town 1889–2026” opens 4 April.');
post(
  'culture',
  'The art school’s exhibition will be opened by headteacher Kinnunen. Works by 16 pupils, curated by artist Hanna Karjalainen.',
  [person('headteacher Kinnunen'), person('Hanna Karjalainen')],
);
post('culture', 'Film club shows Aki Kaurismäki’s Fallen Leaves on Saturday. Tickets €6. Age rating 12.');
post('culture', 'Arts grants can be applied for until 31 March. A total of €45,000 will be awarded. Ref. PMK/412/02.05.00/2026.');

// ---------------------------------------------------------------------------------------------
// Sports

post('sports', 'The swimming hall is closed 6–19 July for annual maintenance. In summer you can swim at Kontiolampi beach, lifeguards 11 am – 6 pm.');
post(
  'sports',
  'Congratulations to Ville Hiltunen on his national bronze in the 400 m! His time of 48.91 s is a new club record. 🥉',
  [person('Ville Hiltunen')],
);
post(
  'sports',
  'Our coach Michael Brown injured his knee in yesterday’s match and will have surgery next week. Get well soon, Michael! 💪',
  [person('Michael Brown'), health('injured his knee'), health('will have surgery'), person('Michael', 2)],
);
post('sports', 'Ski tracks groomed today at 7 am: Kontio 5 km, Vanaja 3 km, Naarajärvi 7.5 km. Temperature -12 °C.');
post('sports', 'Gym pass €45 / 3 months, pensioners €30. Buy it at the swimming hall desk. Product no. 2026-115. Free helpline 0800 123 456.');

// ---------------------------------------------------------------------------------------------
// Roadworks

post('roadworks', 'Roadworks on Savontie 4–15 May: traffic down to one lane 7 am – 5 pm. Speed limit 30 km/h. Sorry for the inconvenience!');
post(
  'roadworks',
  'Towing notice: the van VXR-302 parked illegally on Ratakatu will be moved unless it is moved by 2 March at 12 noon.',
  [plate('VXR-302')],
);
post('roadworks', 'The zoning plan change for blocks AO-1 and AK-12 is on display 2–31 March. Plan code 0423. Comments to kirjaamo@pieksamaki.fi.');
post(
  'roadworks',
  'Thanks for the feedback! The street light at Tallikatu 4 was hit by a car and will be replaced next week.',
  [address('Tallikatu 4')],
);
post('roadworks', 'Water main works will cut off water on Kauppakatu and Asemakatu on Wed 10 June, 9 am – 1 pm. Water is available from a tanker at the square.');
post(
  'roadworks',
  'Street cleaning: cars left on the street during cleaning, such as GKP-119 and MNB-7, will be towed. Thank you for your cooperation.',
  [plate('GKP-119'), plate('MNB-7')],
);
post('roadworks', 'Highway 23 (E63) roundabout works start 15 April. Contractor: Savon Tiepalvelu Oy, VAT FI20900110.', [businessId('FI20900110')]);

// ---------------------------------------------------------------------------------------------
// Job ads

post(
  'jobs',
  'We are hiring a social counsellor for family services from 1 August 2026. Salary €3,124/month. More information: lead social worker Tiina Koskinen, +358 44 720 3456.',
  [person('Tiina Koskinen'), phone('+358 44 720 3456')],
);
post('jobs', 'Summer jobs are out! Apply 1–28 February. Job ID 512-03-412-26. 45 positions, pay according to the collective agreement.');
post(
  'jobs',
  'Welcome to our new city gardener Heidi Leppänen! Heidi started on 2 May and takes care of the parks’ summer flowers.',
  [person('Heidi Leppänen'), person('Heidi', 2)],
);
post(
  'jobs',
  'New hire details for payroll: Priya Sharma, identity code 220897-615H, account DE89 3704 0044 0532 0130 00. Start date 1 June.',
  [person('Priya Sharma'), hetu('220897-615H'), iban('DE89 3704 0044 0532 0130 00')],
);
post(
  'jobs',
  'Recruitment in progress, do not publish yet! Shortlisted for interview: Thomas Wright and Laura Nieminen. Strictly confidential.',
  [person('Thomas Wright'), person('Laura Nieminen'), confidential('Strictly confidential')],
);
post('jobs', 'Early childhood teachers wanted! Salary €2,928.53. Applications by 30 April 2026 at 4 pm. Application number 2026-0115.');
post(
  'jobs',
  'Apprenticeships in property maintenance: 8 places, 1.5–2 years. Contact the employment services at tyollisyys@pieksamaki.fi.',
  [email('tyollisyys@pieksamaki.fi')],
);

// ---------------------------------------------------------------------------------------------
// Council

post('council', 'The city council meets on Monday 16 March at 6 pm in the council chamber. Follow the meeting live online. The agenda will be published on 9 March.');
post('council', 'The city board approved the 2027 budget: operating costs €198.4m, investments €14.2m. The tax rate stays at 21.5%.');
post(
  'council',
  'The new chair of the city council is Markku Heikkilä, with vice chairs Sirpa Lindholm and Jouni Kauppinen.',
  [person('Markku Heikkilä'), person('Sirpa Lindholm'), person('Jouni Kauppinen')],
);
post(
  'council',
  'Appendix 4: CONFIDENTIAL – not for publication. Negotiation status and price estimate of the property deal, €1.2m.',
  [confidential('CONFIDENTIAL – not for publication')],
);
post(
  'council',
  'The city is selling the plot at Lampikatu 8, 76120 Pieksämäki. Bids by 30 April. Plot area 1,240 m².',
  [address('Lampikatu 8, 76120 Pieksämäki')],
);
post(
  'council',
  'Procurement decision: school meals will be supplied by Savon Ateriat Oy (3011221-4). Contract 1 Aug 2026 – 31 Jul 2029, value €2.4m.',
  [businessId('3011221-4')],
);
post('council', 'Population on 31 Dec 2025: 16,902. Births 118, deaths 241, net migration +36. Source: Statistics Finland.');
post(
  'council',
  'Councillor Anneli Kettunen asked about school transport at the council meeting. The answer will be given at the next meeting.',
  [person('Councillor Anneli Kettunen')],
);
post('council', 'The city board discussed confidentiality rules for its personnel matters. The minutes are available from 24 March.');

// ---------------------------------------------------------------------------------------------
// Replies to residents

post(
  'customer',
  'Hi Jennifer, thanks for your feedback about the bin! We have passed it on to property services, and it will now be emptied twice a week.',
  [person('Jennifer')],
);
post(
  'customer',
  'Thanks for your message, Peter. We have asked street manager Janne Toivonen to call you at 0400 612 345 this week.',
  [person('Peter'), person('Janne Toivonen'), phone('0400 612 345')],
);
post(
  'customer',
  'The feedback was sent by Mr Patel, Kirkkokatu 22, tel. +44 20 7946 0958. He says the neighbour’s dog barks at night.',
  [person('Mr Patel'), address('Kirkkokatu 22'), phone('+44 20 7946 0958')],
);
post(
  'customer',
  'Hi Maria, we understand your concern. You tell us your father has dementia and needs home care. We have forwarded your message to client guidance.',
  [person('Maria'), health('has dementia')],
);
post(
  'customer',
  'Your notice on the rental agreement has been received. The €820 deposit will be paid back to your account EE38 2200 2210 2014 5685 within two weeks.',
  [iban('EE38 2200 2210 2014 5685')],
);
post(
  'customer',
  'Thanks for the photos! It is a city car, registration RYT-660, that was on a service drive. We have passed your feedback to the driver’s manager.',
  [plate('RYT-660')],
);
post(
  'customer',
  'Application details: Noah Williams, 160719C1014, guardian Olivia Williams (olivia.williams@gmail.com, +1 202 555 0143). The decision will be posted.',
  [person('Noah Williams'), hetu('160719C1014'), person('Olivia Williams'), email('olivia.williams@gmail.com'), phone('+1 202 555 0143')],
);
post('customer', 'Hi! The lock on the dog park gate has been fixed. Thanks to all 12 of you who reported it. Please close the gate behind you 🐕');
post(
  'customer',
  'Hi, your invoice (invoice number 0401234567) can be postponed by calling billing at 015 788 111 on weekdays 9 am – 3 pm.',
);
post(
  'customer',
  'Thank you for reporting. The bench vandal was caught on CCTV and a police report has been filed (report no. 5510/R/12345/26).',
);
post(
  'customer',
  'Please don’t post your personal identity code here! We have hidden your comment. Send it to us securely instead: https://www.pieksamaki.fi/secure-mail',
);

// ---------------------------------------------------------------------------------------------
// Schools and early education

post('education', 'The autumn term starts on Thursday 13 August 2026 and ends on Friday 18 December. Autumn break in week 42.');
post(
  'education',
  'Congratulations, graduates! Top marks this spring went to Iida Pesonen, Eemeli Hirvonen and Sofia Lindroos. 🎓',
  [person('Iida Pesonen'), person('Eemeli Hirvonen'), person('Sofia Lindroos')],
);
post(
  'education',
  'One of our pupils fell seriously ill at school yesterday and was taken to hospital by ambulance. Our thoughts are with the family.',
  [health('fell seriously ill'), health('taken to hospital by ambulance')],
);
post('education', 'When a child is ill, they can be cared for at home; let the day-care centre know via Wilma. A child with a fever stays at home.');
post(
  'education',
  'From 1 August the head of Tähtinen day-care centre is Kirsi Savolainen. You can reach her on 044 720 5511.',
  [person('Kirsi Savolainen'), phone('044 720 5511')],
);
post('education', 'International School information evening on 4 March at 6 pm. Teams link on our website. Questions: +358 15 788 111.');
post(
  'education',
  'Student welfare meeting: pupil Adam S. (7C) was diagnosed with epilepsy in spring, and support will be written into his plan. Not for distribution.',
  [person('Adam S.'), health('was diagnosed with epilepsy'), confidential('Not for distribution')],
);

// ---------------------------------------------------------------------------------------------
// Environment and welfare

post('environment', 'Water quality tested: no blue-green algae at the beaches on 15 July. Next sampling 22 July.');
post(
  'environment',
  'An abandoned car, registration UVW-48, has been parked on Asemakatu for over a month. The owner is asked to contact us within 10 days.',
  [plate('UVW-48')],
);
post('environment', 'Tree planting day on 9 May! We plant 150 saplings in Kontio Park. Room for 40 volunteers. Sign up: environment@pieksamaki.fi', [
  email('environment@pieksamaki.fi'),
]);
post('welfare', 'Flu vaccinations start on 2 November at the health centre. Book on 015 788 3300, Mon–Fri 8 am – 3 pm. Free for over-65s.', [phone('015 788 3300')]);
post('welfare', 'The peer support group for relatives of people with dementia meets on the first Tuesday of each month at 5 pm in the library.');
post(
  'welfare',
  'I’ve been on sick leave for burnout for six months and I’m now returning to work. Thank you to my colleagues for their support! – Jess',
  [health('on sick leave for burnout'), person('Jess')],
);
post(
  'welfare',
  'Our colleague Mark Evans passed away suddenly after a heart attack on 3 February. We remember him with warmth.',
  [person('Mark Evans'), health('heart attack')],
);
post('welfare', 'If you are pregnant, book an appointment at the maternity clinic before week 10. The clinic is open Mon–Fri 8–16.');
post(
  'welfare',
  'Income support applicant: Yusuf Ali, 251183X377K, address Tapparakatu 5 C 18, account FI10 9147 0010 0123 99.',
  [person('Yusuf Ali'), hetu('251183X377K'), address('Tapparakatu 5 C 18'), iban('FI10 9147 0010 0123 99')],
);
post('welfare', 'Emergency number 112, medical helpline 116 117. Mental health crisis line in English: 09 2525 0116.', [phone('09 2525 0116')]);
post(
  'welfare',
  'A resident with diabetes asked whether the swimming hall has a place to store insulin. Yes: ask the staff at the desk.',
);

export const englishPosts = posts;
