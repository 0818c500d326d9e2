package names

import "github.com/GoogleCloudPlatform/functions-framework-go/functions"

// ok: a test file's registration is not function code.
func init() { functions.HTTP("orders", serve) }
