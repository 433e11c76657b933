def draft = new File(basedir, 'target/corpusqa/actors-draft.yml').text
assert draft.contains('name: "Jane Doeland"')
assert draft.contains('kind: PERSON')
assert draft.contains('role seen in the text, check and move under roles: {office: foreign minister, from: 2021-03-04} ("Foreign Minister")')
assert draft.contains('name: "Red Cross"')
assert draft =~ /# 1 mention, first storm\.txt:\[3,18\]/
return true
