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
	//fnlint:ignore osexit the code was fixed since // want `fnlint directive silences nothing: osexit reports nothing on line 27, the line after it; remove it`
	w.WriteHeader(http.StatusOK)
	//fnlint:ignore // want `fnlint directive names no analyzer`
	if r.Method == "E" {
		// A directive at the end of a line of code covers that line
		// only, as staticcheck's: not the exit on the next one.
		w.Header().Set("E", "e") //fnlint:ignore osexit meant for the line below // want `fnlint directive silences nothing: osexit reports nothing on line 32, the line it ends; remove it`
		log.Fatal("e")
	}
	if r.Method == "F" {
		log.Fatal( //fnlint:ignore osexit the call's first line is where osexit reports
			"f")
	}
	if r.Method == "G" {
		for { //fnlint:ignore osexit a block's opening line is a line of code // want `fnlint directive silences nothing: osexit reports nothing on line 40, the line it ends; remove it`
			log.Fatal("g")
		}
	}
	if r.Method == "H" {
		func() {
			//fnlint:ignore osexit a directive alone covers the next line, in a literal too
			log.Fatal("h")
		}()
	}
}
