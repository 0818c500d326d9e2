package knowledge

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

// Exits maps the Key of each process-terminating function to its
// description. (flag.Parse and (*flag.FlagSet).Parse are decided by data
// flow and live in the osexit analyzer.)
var Exits = map[string]Exit{
	"os.Exit":      {},
	"syscall.Exit": {},

	"log.Fatal":          {Sibling: "Print", Print: true},
	"log.Fatalf":         {Sibling: "Printf", Printf: true},
	"log.Fatalln":        {Sibling: "Println", Println: true},
	"log.Logger.Fatal":   {Sibling: "Print", Print: true},
	"log.Logger.Fatalf":  {Sibling: "Printf", Printf: true},
	"log.Logger.Fatalln": {Sibling: "Println", Println: true},
}

func init() {
	printLike := map[string]Exit{
		"Fatal":   {Sibling: "Error", Print: true},
		"Fatalf":  {Sibling: "Errorf", Printf: true},
		"Fatalln": {Sibling: "Errorln", Println: true},
	}
	for _, prefix := range []string{
		"github.com/sirupsen/logrus.",
		"github.com/sirupsen/logrus.Logger.",
		"github.com/sirupsen/logrus.Entry.",
		"k8s.io/klog/v2.",
		"k8s.io/klog.",
		"github.com/golang/glog.",
	} {
		for name, e := range printLike {
			Exits[prefix+name] = e
		}
	}
	Exits["github.com/sirupsen/logrus.Exit"] = Exit{}
	Exits["github.com/sirupsen/logrus.Logger.Exit"] = Exit{}
	for _, prefix := range []string{"k8s.io/klog/v2.", "k8s.io/klog.", "github.com/golang/glog."} {
		Exits[prefix+"FatalDepth"] = Exit{Sibling: "ErrorDepth"}
		Exits[prefix+"Exit"] = Exit{Sibling: "Error", Print: true}
		Exits[prefix+"Exitf"] = Exit{Sibling: "Errorf", Printf: true}
		Exits[prefix+"Exitln"] = Exit{Sibling: "Errorln", Println: true}
		Exits[prefix+"ExitDepth"] = Exit{Sibling: "ErrorDepth"}
	}
	Exits["go.uber.org/zap.Logger.Fatal"] = Exit{Sibling: "Error"}
	for name, sib := range map[string]string{"Fatal": "Error", "Fatalf": "Errorf", "Fatalw": "Errorw", "Fatalln": "Errorln"} {
		Exits["go.uber.org/zap.SugaredLogger."+name] = Exit{Sibling: sib}
	}
	Exits["github.com/rs/zerolog.Logger.Fatal"] = Exit{Sibling: "Error", Chained: true}
	Exits["github.com/rs/zerolog/log.Fatal"] = Exit{Sibling: "Error", Chained: true}
}
