// the consumer's tests must have run and passed, not merely compiled
def reports = new File(basedir, 'target/surefire-reports')
assert reports.isDirectory() : 'no surefire reports: the consumer tests did not run'
def suites = reports.listFiles().findAll { it.name.endsWith('.xml') }.collect { new groovy.xml.XmlSlurper().parse(it) }
def names = suites.collect { it.@name.text() }
assert names.contains('com.example.MedianRatioTest') : "the testkit contract did not run: ${names}"
assert names.contains('com.example.NamedInASpecTest') : "the spec test did not run: ${names}"
def bad = suites.findAll { it.@failures.text() != '0' || it.@errors.text() != '0' }.collect { it.@name.text() }
assert bad.isEmpty() : "failing suites: ${bad}"
return true
