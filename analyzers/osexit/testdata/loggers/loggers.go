// Package loggers uses the fatal calls of common logging libraries.
package loggers

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/golang/glog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"k8s.io/klog/v2"
)

func init() {
	functions.HTTP("Loggers", handle)
}

var (
	sugar, _ = zap.NewProduction()
	entry    = logrus.WithField("fn", "x")
)

func handle(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/logrus":
		logrus.Fatalf("bad %s", r.URL) // want `logrus.Fatalf terminates`
	case "/entry":
		entry.Fatal("bad") // want `\(\*logrus.Entry\).Fatal terminates`
	case "/zap":
		sugar.Fatal("bad", zap.Error(nil)) // want `\(\*zap.Logger\).Fatal terminates`
	case "/sugar":
		sugar.Sugar().Fatalw("bad", "path", r.URL.Path) // want `\(\*zap.SugaredLogger\).Fatalw terminates`
	case "/zerolog":
		zlog.Fatal().Msg("bad") // want `log.Fatal terminates`
	case "/klog":
		klog.Fatalf("bad %s", r.URL) // want `klog.Fatalf terminates`
	case "/glog":
		glog.Exitf("bad %s", r.URL) // want `glog.Exitf terminates`
	case "/ok":
		logrus.Errorf("bad %s", r.URL) // ok: not fatal
	}
	w.WriteHeader(http.StatusOK)
}
