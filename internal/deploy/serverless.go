package deploy

import (
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// parseServerless reads a serverless.yml: provider-level settings
// inherited by every function, each function's handler, runtime, limits,
// environment, url and events. A ${…} variable anywhere in a value makes
// it Unknown; so does a CloudFormation intrinsic.
func parseServerless(f *srcFile) result {
	var r result
	root, perr := parseYAML(f)
	if perr != nil {
		r.errors = append(r.errors, perr)
		return r
	}
	if root == nil || root.Kind != yaml.MappingNode {
		if root != nil {
			r.errors = append(r.errors, f.errorAt(root.Line, "serverless.yml is not a mapping"))
		}
		return r
	}
	provider := get(root, "provider")
	platform := Lambda
	var gen Value[int]
	if nk, nv := lookup(provider, "name"); nk != nil {
		if name := f.serverlessString(nk, nv); name.IsKnown() && name.V == "google" {
			// serverless-google-cloudfunctions deploys 1st gen functions.
			platform = CloudRunFunctions
			gen = Value[int]{State: Known, V: 1, Text: name.V, Pos: name.Pos, Key: name.Key}
		}
	}
	inherit := func(fnNode *yaml.Node, key string) Value[string] {
		if k, v := lookup(fnNode, key); k != nil {
			return f.serverlessString(k, v)
		}
		if k, v := lookup(provider, key); k != nil {
			s := f.serverlessString(k, v)
			s.Inherited = true
			return s
		}
		return Value[string]{}
	}
	seconds := func(s int64) (time.Duration, bool) { return time.Duration(s) * time.Second, true }

	pairs(get(root, "functions"), func(k, v *yaml.Node) {
		fn := &Function{
			Format:     FormatServerless,
			Kind:       "serverless",
			ID:         k.Value,
			Pos:        f.nodePos(k),
			Platform:   platform,
			Generation: gen,
		}
		if nk, nv := lookup(v, "name"); nk != nil {
			fn.Name = f.serverlessString(nk, nv)
		}
		var handler Value[string]
		if hk, hv := lookup(v, "handler"); hk != nil {
			handler = f.serverlessString(hk, hv)
		}
		if platform == CloudRunFunctions {
			fn.Entry.EntryPoint = handler
		} else {
			fn.Entry.Handler = handler
			fn.Entry.Binary = mapValue(handler, func(h string) (string, bool) {
				return filepath.Clean(filepath.Join(filepath.Dir(f.path), filepath.FromSlash(h))), true
			})
		}
		if ak, av := lookup(get(v, "package"), "artifact"); ak != nil {
			fn.Entry.Source = f.serverlessString(ak, av)
		} else if ak, av := lookup(get(root, "package"), "artifact"); ak != nil {
			fn.Entry.Source = f.serverlessString(ak, av)
			fn.Entry.Source.Inherited = true
		}
		fn.Runtime = inherit(v, "runtime")
		fn.Timeout = mapValue(toInt(inherit(v, "timeout")), seconds)
		fn.MemoryMB = toInt(inherit(v, "memorySize"))
		fn.EphemeralStorageMB = toInt(inherit(v, "ephemeralStorageSize"))
		if platform == CloudRunFunctions {
			// The Google plugin names it memorySize too, and timeout as "60s".
			fn.Timeout = mapValue(inherit(v, "timeout"), parseGCPDuration)
		}
		fn.Env = serverlessEnv(f, provider, v)
		if uk, uv := lookup(v, "url"); uk != nil {
			u := &FunctionURL{Kind: "url", Pos: f.nodePos(uk)}
			if mk, mv := lookup(uv, "invokeMode"); mk != nil {
				u.InvokeMode = f.serverlessString(mk, mv)
			}
			if !isPlainScalar(uv) || uv.Value != "false" && uv.Tag != "!!null" {
				fn.URLs = append(fn.URLs, u)
			}
		}
		if evs := get(v, "events"); evs != nil && evs.Kind == yaml.SequenceNode {
			for _, item := range evs.Content {
				pairs(item, func(ek, ev *yaml.Node) {
					fn.Events = append(fn.Events, serverlessEvent(f, ek, ev))
				})
			}
		}
		r.functions = append(r.functions, fn)
	})
	return r
}

// serverlessEnv merges provider.environment and the function's.
func serverlessEnv(f *srcFile, provider, fnNode *yaml.Node) Env {
	e := Env{Complete: true}
	read := func(k, v *yaml.Node, inherited bool) {
		if k == nil {
			return
		}
		if !e.Pos.IsValid() || !inherited {
			e.Pos = f.nodePos(k)
		}
		if v == nil || v.Kind != yaml.MappingNode {
			if !isPlainScalar(v) || v.Tag != "!!null" {
				e.Complete = false // ${file(env.yml)} and the like
			}
			return
		}
		pairs(v, func(nk, nv *yaml.Node) {
			if !isPlainScalar(nk) || strings.Contains(nk.Value, "${") {
				e.Complete = false
				return
			}
			ev := &EnvVar{Name: nk.Value, Pos: f.nodePos(nk), Value: f.serverlessString(nk, nv), Inherited: inherited}
			ev.Value.Inherited = inherited
			if old := e.Lookup(nk.Value); old != nil {
				*old = *ev
				return
			}
			e.Vars = append(e.Vars, ev)
		})
	}
	pk, pv := lookup(provider, "environment")
	read(pk, pv, true)
	fk, fv := lookup(fnNode, "environment")
	read(fk, fv, false)
	return e
}

var serverlessTriggers = map[string]Trigger{
	"http":                 TriggerHTTP,
	"httpApi":              TriggerHTTP,
	"alb":                  TriggerHTTP,
	"sqs":                  TriggerSQS,
	"s3":                   TriggerS3,
	"sns":                  TriggerSNS,
	"schedule":             TriggerSchedule,
	"eventBridge":          TriggerEvent,
	"cloudwatchEvent":      TriggerEvent,
	"cloudwatchLog":        TriggerEvent,
	"iot":                  TriggerEvent,
	"cognitoUserPool":      TriggerEvent,
	"alexaSkill":           TriggerEvent,
	"websocket":            TriggerEvent,
	"msk":                  TriggerKafka,
	"kafka":                TriggerKafka,
	"activemq":             TriggerMQ,
	"rabbitmq":             TriggerMQ,
	"event":                TriggerEvent, // serverless-google-cloudfunctions
	"cloudFront":           TriggerEvent,
	"iotFleetProvisioning": TriggerEvent,
}

func serverlessEvent(f *srcFile, k, v *yaml.Node) *Event {
	ev := &Event{Kind: k.Value, Pos: f.nodePos(k), Trigger: serverlessTriggers[k.Value]}
	switch k.Value {
	case "sqs", "stream":
		if isPlainScalar(v) || isCustomTag(v) {
			ev.Source = f.serverlessString(k, v) // the short form: the ARN itself
		} else if ak, av := lookup(v, "arn"); ak != nil {
			ev.Source = f.serverlessString(ak, av)
		}
		if k.Value == "stream" {
			ev.Trigger = TriggerUnknown
			if tk, tv := lookup(v, "type"); tk != nil {
				if typ := f.serverlessString(tk, tv); typ.IsKnown() {
					switch typ.V {
					case "dynamodb":
						ev.Trigger = TriggerDynamoDB
					case "kinesis":
						ev.Trigger = TriggerKinesis
					}
				}
			} else if src, ok := ev.Source.Get(); ok {
				ev.Trigger = arnTrigger(src)
			}
		}
		ev.ReportBatchItemFailures = Value[bool]{}
		if rk, rv := lookup(v, "functionResponseType"); rk != nil {
			s := f.serverlessString(rk, rv)
			ev.ReportBatchItemFailures = mapValue(s, func(s string) (bool, bool) { return s == "ReportBatchItemFailures", true })
		}
	case "s3":
		if isPlainScalar(v) {
			ev.Source = f.serverlessString(k, v)
		} else if bk, bv := lookup(v, "bucket"); bk != nil {
			ev.Source = f.serverlessString(bk, bv)
		}
	case "sns":
		if isPlainScalar(v) {
			ev.Source = f.serverlessString(k, v)
		} else if tk, tv := lookup(v, "topicName"); tk != nil {
			ev.Source = f.serverlessString(tk, tv)
		} else if ak, av := lookup(v, "arn"); ak != nil {
			ev.Source = f.serverlessString(ak, av)
		}
	}
	return ev
}
