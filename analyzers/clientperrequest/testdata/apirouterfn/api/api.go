// Package api builds the router that main serves on Lambda.
package api

import (
	"context"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/gorilla/mux"
)

var cfg, _ = config.LoadDefaultConfig(context.Background())

// upload is judged as a route by fnlint's driver, which tells this
// package that main serves it (funcmodel.Config.Registered); under
// analysistest, as under go vet, facts do not flow back to it.
func upload(w http.ResponseWriter, r *http.Request) {
	_ = s3.NewFromConfig(cfg) // ok: see above
}

// NewRouter returns the router of the API.
func NewRouter() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/upload", upload)
	return r
}
