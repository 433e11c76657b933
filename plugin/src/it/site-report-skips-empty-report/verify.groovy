def log = new File(basedir, 'build.log').text
def runs = log.split(/BUILD SUCCESS/)
assert runs.size() >= 3 : 'expected two successful site runs'
def first = runs[-3]
def second = runs[-2]

// Run 1: the check finds nothing, so the page is not generated (and not in the menu).
assert first.contains('corpusqa: no findings; report skipped (skipEmptyReport)')
assert !first.contains('Generating "corpusqa" report')

// Run 2: skipEmptyReport=false writes the page, saying there is nothing to fix.
assert second.contains('Generating "corpusqa" report')
def page = new File(basedir, 'target/site/corpusqa.html').getText('UTF-8')
assert page.contains('1 documents, 0 findings, 0 violations at severity error or above.')
assert page.contains('No findings.')
return true
