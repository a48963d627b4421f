import json,sys
m=json.load(open('manifest.json'))
for p in m['plans']:
    if sys.argv[1:] and p['id'] not in sys.argv[1:]: continue
    for it in p['items']:
        if not it['item']: print('  -', it['section'], it['text'][:70]); continue
        if it['section']=='E':
            fl=''.join(k[0].upper() if it[k] else '.' for k in ('specific','measurable','time_bound','is_provision_not_outcome'))
            print(f"  {it['section']} smart={int(it['smart'])} {fl} {it['text'][:80]}")
        else:
            fl=''.join(c if it[k] else '.' for c,k in zip('WHFDG',('has_what','has_who','has_frequency','has_duration','has_group_size')))
            print(f"  {it['section']} spec={int(it['specific'])} {fl} {it['text'][:90]}")
