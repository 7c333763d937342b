import java.nio.file.Files

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/jsoncontract/example/inventory')
def aged = Date.parse('yyyy-MM-dd HH:mm', '2020-01-01 00:00').time

// run 1 wrote everything
assert log =~ /\[INFO\] jsoncontract: generated \d+ files in .* \(\d+ written, 0 unchanged, 0 removed\)/

// run 3: nothing changed, nothing written, one line says so
def upToDate = (log =~ /\[INFO\] jsoncontract: sources up to date \((\d+) files\), nothing written/)
assert upToDate.find() : 'the second run did not report that the sources were up to date'

// run 4: Widget is gone; Gadget did not change and kept the timestamp from 2020; Inventory changed
assert !new File(out, 'Widget.java').exists()
assert new File(out, 'Gadget.java').lastModified() == aged
assert new File(out, 'Inventory.java').lastModified() > aged
assert log =~ /\[INFO\] jsoncontract: generated \d+ files in .* \(\d+ written, \d+ unchanged, 1 removed\)/
return true
