/**
 * A fast accept path for {@code verify}: a checker compiled once from the everit schema that says
 * "valid" for the common case without converting the body to org.json and without everit. It only
 * ever accepts: whatever it does not accept is validated by everit exactly as before, so everit
 * stays the authority on findings. Its rule is {@code accepts(x)} implies that everit accepts
 * {@code JsonBodies.toOrgJson(x)}; a differential test against everit holds it to that.
 */
package dev.jsoncontract.verify.accept;
