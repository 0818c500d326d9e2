package fn

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"

	"example.com/oncevalue/settings"
)

var store = settings.NewStore()

var lazy = settings.Lazy()

func init() {
	functions.HTTP("Stored", stored)
}

func stored(w http.ResponseWriter, r *http.Request) {
	_ = store.Settings() // want `calls \(\*settings.Store\).Settings, which .*log.Fatalf`
	_ = lazy()           // ok: a blind spot, the function a call returns (settings.Lazy()) is not followed
}
