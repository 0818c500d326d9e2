//fnlint:file-ignore osexit vendored handler kept as is

package wrapped

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("F", vendored)
}

func vendored(w http.ResponseWriter, r *http.Request) {
	log.Fatal("silenced by the file directive")
}
