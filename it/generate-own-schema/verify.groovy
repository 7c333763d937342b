// The shop's own schema folder generated, compiled with -Xlint:all -Werror, and its types work.
def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/jsoncontract/example/shop')

['Order', 'Customer', 'Address', 'Payment', 'CardPayment', 'TransferPayment', 'Wallet', 'PhoneWallet',
 'PlainCard', 'ShopClient', 'ListOrdersQuery', 'ApiException'].each {
    assert new File(generated, "${it}.java").isFile() : "${it}.java was not generated"
}
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
return true
