// Package ignored holds directives, good and bad.
package ignored

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("H", handle)
}

func handle(w http.ResponseWriter, r *http.Request) {
	if r.Method == "A" {
		log.Fatal("a") //fnlint:ignore osexit the process must stop on this corruption
	}
	if r.Method == "B" {
		//fnlint:ignore osexit,missingresponse a deliberate stop
		log.Fatal("b")
	}
	//fnlint:ignore osexit // want `fnlint directive gives no reason`
	log.Fatal("c")
	log.Fatal("d") //fnlint:ignore nosuch because // want `fnlint directive names unknown analyzer "nosuch" \(known: backgroundwork, `
	//fnlint:ignore osexit the code was fixed since // want `fnlint directive silences nothing: osexit reports nothing on line 26 or 27; remove it`
	w.WriteHeader(http.StatusOK)
	//fnlint:ignore // want `fnlint directive names no analyzer`
}
