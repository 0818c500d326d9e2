package knowledge

import "go/types"

// An Exit describes a call that terminates the process.
type Exit struct {
	// Sibling is the name of the method or function, beside the exiting
	// one on the same receiver or in the same package, that logs the same
	// arguments without exiting ("" when there is none, as for os.Exit).
	Sibling string
	// Printf reports whether the arguments are a format and its operands;
	// Print whether they are fmt.Print-style operands, Println whether
	// they are fmt.Println-style operands (the message is fmt.Sprintln's
	// without its final newline).
	Printf, Print, Println bool
	// Chained reports whether the call only starts a log event that exits
	// when it is sent (zerolog's Fatal()).
	Chained bool
}

// ExitOf returns the description of fn when it terminates the process.
// (flag.Parse and (*flag.FlagSet).Parse exit on a bad flag depending on
// how the set was made: see FlagParseOf.)
// A nil fn (a call of a function value) is not one.
func ExitOf(fn *types.Func) (Exit, bool) {
	return lookup(exits, fn)
}

// exits maps the Key of each process-terminating function to its
// description. Its source is each package's documentation of the
// function: os.Exit and syscall.Exit end the process; the standard
// log's Fatal* are "equivalent to Print() followed by a call to
// os.Exit(1)"; the loggers' below say what they call, each in its
// group's comment.
var exits = map[string]Exit{
	"os.Exit":      {},
	"syscall.Exit": {},

	"log.Fatal":             {Sibling: "Print", Print: true},
	"log.Fatalf":            {Sibling: "Printf", Printf: true},
	"log.Fatalln":           {Sibling: "Println", Println: true},
	"(*log.Logger).Fatal":   {Sibling: "Print", Print: true},
	"(*log.Logger).Fatalf":  {Sibling: "Printf", Printf: true},
	"(*log.Logger).Fatalln": {Sibling: "Println", Println: true},

	// logrus: Fatal* log at fatal level, then call os.Exit(1) (through
	// Logger.Exit, whose exit function defaults to os.Exit).
	"github.com/sirupsen/logrus.Fatal":             {Sibling: "Error", Print: true},
	"github.com/sirupsen/logrus.Fatalf":            {Sibling: "Errorf", Printf: true},
	"github.com/sirupsen/logrus.Fatalln":           {Sibling: "Errorln", Println: true},
	"(*github.com/sirupsen/logrus.Logger).Fatal":   {Sibling: "Error", Print: true},
	"(*github.com/sirupsen/logrus.Logger).Fatalf":  {Sibling: "Errorf", Printf: true},
	"(*github.com/sirupsen/logrus.Logger).Fatalln": {Sibling: "Errorln", Println: true},
	"(*github.com/sirupsen/logrus.Entry).Fatal":    {Sibling: "Error", Print: true},
	"(*github.com/sirupsen/logrus.Entry).Fatalf":   {Sibling: "Errorf", Printf: true},
	"(*github.com/sirupsen/logrus.Entry).Fatalln":  {Sibling: "Errorln", Println: true},
	"github.com/sirupsen/logrus.Exit":              {},
	"(*github.com/sirupsen/logrus.Logger).Exit":    {},

	// klog and glog: Fatal* log with a stack trace, then call os.Exit(255);
	// Exit* log, then call os.Exit(1).
	"k8s.io/klog/v2.Fatal":      {Sibling: "Error", Print: true},
	"k8s.io/klog/v2.Fatalf":     {Sibling: "Errorf", Printf: true},
	"k8s.io/klog/v2.Fatalln":    {Sibling: "Errorln", Println: true},
	"k8s.io/klog/v2.FatalDepth": {Sibling: "ErrorDepth"},
	"k8s.io/klog/v2.Exit":       {Sibling: "Error", Print: true},
	"k8s.io/klog/v2.Exitf":      {Sibling: "Errorf", Printf: true},
	"k8s.io/klog/v2.Exitln":     {Sibling: "Errorln", Println: true},
	"k8s.io/klog/v2.ExitDepth":  {Sibling: "ErrorDepth"},

	"k8s.io/klog.Fatal":      {Sibling: "Error", Print: true},
	"k8s.io/klog.Fatalf":     {Sibling: "Errorf", Printf: true},
	"k8s.io/klog.Fatalln":    {Sibling: "Errorln", Println: true},
	"k8s.io/klog.FatalDepth": {Sibling: "ErrorDepth"},
	"k8s.io/klog.Exit":       {Sibling: "Error", Print: true},
	"k8s.io/klog.Exitf":      {Sibling: "Errorf", Printf: true},
	"k8s.io/klog.Exitln":     {Sibling: "Errorln", Println: true},
	"k8s.io/klog.ExitDepth":  {Sibling: "ErrorDepth"},

	"github.com/golang/glog.Fatal":      {Sibling: "Error", Print: true},
	"github.com/golang/glog.Fatalf":     {Sibling: "Errorf", Printf: true},
	"github.com/golang/glog.Fatalln":    {Sibling: "Errorln", Println: true},
	"github.com/golang/glog.FatalDepth": {Sibling: "ErrorDepth"},
	"github.com/golang/glog.Exit":       {Sibling: "Error", Print: true},
	"github.com/golang/glog.Exitf":      {Sibling: "Errorf", Printf: true},
	"github.com/golang/glog.Exitln":     {Sibling: "Errorln", Println: true},
	"github.com/golang/glog.ExitDepth":  {Sibling: "ErrorDepth"},

	// zap: Fatal* log, then call os.Exit(1) (the logger's default
	// fatal hook, zapcore.WriteThenFatal).
	"(*go.uber.org/zap.Logger).Fatal":          {Sibling: "Error"},
	"(*go.uber.org/zap.SugaredLogger).Fatal":   {Sibling: "Error"},
	"(*go.uber.org/zap.SugaredLogger).Fatalf":  {Sibling: "Errorf"},
	"(*go.uber.org/zap.SugaredLogger).Fatalln": {Sibling: "Errorln"},
	"(*go.uber.org/zap.SugaredLogger).Fatalw":  {Sibling: "Errorw"},

	// zerolog: Fatal() starts an event whose Msg calls os.Exit(1).
	"(*github.com/rs/zerolog.Logger).Fatal": {Sibling: "Error", Chained: true},
	"github.com/rs/zerolog/log.Fatal":       {Sibling: "Error", Chained: true},
}
