// Package wrapped checks that directives silence the wrapped analyzer.
package wrapped

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("H", handle)
	functions.HTTP("G", generated)
}

func handle(w http.ResponseWriter, r *http.Request) {
	log.Fatal("a") //fnlint:ignore osexit deliberate
	//fnlint:ignore osexit deliberate
	log.Fatal("b")
	log.Fatal("c") //fnlint:ignore backgroundwork not this analyzer // want `log.Fatal terminates`
	log.Fatal("d") // want `log.Fatal terminates`
	log.Fatal("e") //fnlint:ignore osexit covers this line, not the next
	log.Fatal("f") // want `log.Fatal terminates`
	w.WriteHeader(http.StatusOK) //fnlint:ignore osexit meant for the next line, which it does not cover
	log.Fatal("g")                // want `log.Fatal terminates`
}
