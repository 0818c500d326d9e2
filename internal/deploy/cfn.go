package deploy

import (
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// parseCloudFormation reads a SAM or CloudFormation template (YAML or
// JSON). A discovered file whose top level has no Resources mapping is not
// a template, and yields nothing, not even its parse error unless its
// first bytes named it a template.
func parseCloudFormation(f *srcFile, discovered bool) result {
	var r result
	root, perr := parseYAML(f)
	if perr != nil {
		r.errors = append(r.errors, perr)
		return r
	}
	if root == nil || root.Kind != yaml.MappingNode {
		if !discovered && root != nil {
			r.errors = append(r.errors, f.errorAt(root.Line, "template is not a mapping"))
		}
		return r
	}
	resources := get(root, "Resources")
	if resources == nil || resources.Kind != yaml.MappingNode {
		if !discovered {
			r.errors = append(r.errors, f.errorAt(root.Line, "template has no Resources mapping"))
		}
		return r
	}
	t := &cfnTemplate{f: f, dir: filepath.Dir(f.path), types: map[string]string{}, resources: map[string]*yaml.Node{}, byID: map[string]*Function{}}
	pairs(resources, func(k, v *yaml.Node) {
		if typ := get(v, "Type"); isPlainScalar(typ) {
			t.types[k.Value] = typ.Value
		}
		t.resources[k.Value] = v
	})
	globals := get(get(root, "Globals"), "Function")

	// Functions first, so that mappings and URLs can name them.
	pairs(resources, func(k, v *yaml.Node) {
		switch t.types[k.Value] {
		case "AWS::Serverless::Function":
			t.function(k, v, globals, true)
		case "AWS::Lambda::Function":
			t.function(k, v, nil, false)
		}
	})
	pairs(resources, func(k, v *yaml.Node) {
		switch t.types[k.Value] {
		case "AWS::Lambda::EventSourceMapping":
			t.mapping(k, v)
		case "AWS::Lambda::Url":
			t.url(k, v)
		}
	})
	r.functions = t.functions
	r.mappings = t.unattached
	r.errors = append(r.errors, t.errors...)
	return r
}

type cfnTemplate struct {
	f          *srcFile
	dir        string
	types      map[string]string // logical ID -> resource type
	resources  map[string]*yaml.Node
	byID       map[string]*Function
	functions  []*Function
	unattached []*Event
	errors     []*Error
}

// prop looks a property up in the function's Properties, then in Globals.
func (t *cfnTemplate) prop(props, globals *yaml.Node, key string) Value[string] {
	if k, v := lookup(props, key); k != nil {
		return t.f.cfnString(k, v)
	}
	if k, v := lookup(globals, key); k != nil {
		s := t.f.cfnString(k, v)
		s.Inherited = true
		return s
	}
	return Value[string]{}
}

// propNode is prop for a non-scalar property: the key and value nodes, and
// whether they come from Globals.
func propNode(props, globals *yaml.Node, key string) (k, v *yaml.Node, inherited bool) {
	if k, v := lookup(props, key); k != nil {
		return k, v, false
	}
	k, v = lookup(globals, key)
	return k, v, k != nil
}

func (t *cfnTemplate) function(k, res, globals *yaml.Node, sam bool) {
	f := t.f
	props := get(res, "Properties")
	fn := &Function{
		Format:   FormatCloudFormation,
		Kind:     t.types[k.Value],
		ID:       k.Value,
		Pos:      f.nodePos(k),
		Platform: Lambda,
	}
	fn.Name = t.prop(props, globals, "FunctionName")
	fn.Entry.Handler = t.prop(props, globals, "Handler")
	fn.Runtime = t.prop(props, globals, "Runtime")
	fn.Timeout = mapValue(toInt(t.prop(props, globals, "Timeout")), func(s int64) (time.Duration, bool) {
		return time.Duration(s) * time.Second, true
	})
	fn.MemoryMB = toInt(t.prop(props, globals, "MemorySize"))

	if ek, ev, inh := propNode(props, globals, "EphemeralStorage"); ek != nil {
		if sk, sv := lookup(ev, "Size"); sk != nil {
			fn.EphemeralStorageMB = toInt(f.cfnString(sk, sv))
		} else {
			fn.EphemeralStorageMB = Value[int64]{State: Unknown, Key: f.nodePos(ek), Pos: f.nodePos(ev), Text: exprText(ev)}
		}
		fn.EphemeralStorageMB.Inherited = inh
	}

	// Code: SAM's CodeUri (a path, or an S3 location), CloudFormation's Code.
	if sam {
		fn.Entry.Source = t.prop(props, globals, "CodeUri")
		if ck, cv := lookup(props, "CodeUri"); ck != nil && cv != nil && cv.Kind == yaml.MappingNode {
			fn.Entry.Source.State = Unknown // {Bucket, Key}: an S3 object
		} else if ck == nil && fn.Entry.Source.IsAbsent() {
			if ik, iv := lookup(props, "ImageUri"); ik != nil {
				fn.Entry.Source = f.cfnString(ik, iv)
			}
		}
		if fn.Entry.Source.IsKnown() && !strings.HasPrefix(fn.Entry.Source.V, "s3://") {
			fn.Entry.Dir = resolveDir(fn.Entry.Source, t.dir)
		} else if fn.Entry.Source.IsAbsent() && get(props, "InlineCode") == nil {
			// SAM builds the template's directory when CodeUri is absent.
			fn.Entry.Dir = Value[string]{State: Known, V: t.dir}
		}
		if bk, bv := lookup(get(res, "Metadata"), "BuildMethod"); bk != nil {
			fn.Entry.BuildMethod = f.cfnString(bk, bv)
		}
	} else if ck, cv := lookup(props, "Code"); ck != nil {
		fn.Entry.Source = Value[string]{State: Unknown, Key: f.nodePos(ck), Pos: f.nodePos(cv), Text: exprText(cv)}
		if isPlainScalar(cv) { // a local path that `aws cloudformation package` uploads
			fn.Entry.Source = f.cfnString(ck, cv)
			fn.Entry.Dir = resolveDir(fn.Entry.Source, t.dir)
		}
	}

	// Lambda Managed Instances.
	if ck, cv, inh := propNode(props, globals, "CapacityProviderConfig"); ck != nil {
		fn.ManagedInstances = Value[bool]{State: Known, V: true, Key: f.nodePos(ck), Pos: f.nodePos(cv), Inherited: inh}
		cfg := get(cv, "LambdaManagedInstancesCapacityProviderConfig")
		if cfg == nil {
			cfg = cv
		}
		if mk, mv := lookup(cfg, "PerExecutionEnvironmentMaxConcurrency"); mk != nil {
			fn.Concurrency = toInt(f.cfnString(mk, mv))
			fn.Concurrency.Inherited = inh
		}
	}

	fn.Env = t.env(props, globals)

	if sam {
		pairs(get(props, "Events"), func(ek, ev *yaml.Node) {
			fn.Events = append(fn.Events, t.samEvent(ek, ev))
		})
		if uk, uv, inh := propNode(props, globals, "FunctionUrlConfig"); uk != nil {
			u := &FunctionURL{Kind: "FunctionUrlConfig", Pos: f.nodePos(uk)}
			if mk, mv := lookup(uv, "InvokeMode"); mk != nil {
				u.InvokeMode = f.cfnString(mk, mv)
				u.InvokeMode.Inherited = inh
			}
			fn.URLs = append(fn.URLs, u)
		}
	}
	t.byID[k.Value] = fn
	t.functions = append(t.functions, fn)
}

// env reads Environment.Variables, merging SAM's Globals (the function's
// variables override the globals' of the same name).
func (t *cfnTemplate) env(props, globals *yaml.Node) Env {
	f := t.f
	var e Env
	e.Complete = true
	read := func(envNode *yaml.Node, inherited bool) {
		if envNode == nil {
			return
		}
		vk, vars := lookup(envNode, "Variables")
		if _, _, ok := intrinsic(envNode); ok || (vk == nil && envNode.Kind != yaml.MappingNode) {
			e.Complete = false
			return
		}
		if vk == nil {
			return
		}
		if !e.Pos.IsValid() || !inherited {
			e.Pos = f.nodePos(vk)
		}
		if vars.Kind != yaml.MappingNode {
			e.Complete = false
			return
		}
		if _, _, ok := intrinsic(vars); ok {
			e.Complete = false
			return
		}
		pairs(vars, func(nk, nv *yaml.Node) {
			v := &EnvVar{Name: nk.Value, Pos: f.nodePos(nk), Value: f.cfnString(nk, nv), Inherited: inherited}
			v.Value.Inherited = inherited
			if !isPlainScalar(nk) {
				e.Complete = false
				return
			}
			if old := e.Lookup(nk.Value); old != nil {
				*old = *v
				return
			}
			e.Vars = append(e.Vars, v)
		})
	}
	_, genv := lookup(globals, "Environment")
	read(genv, true)
	_, fenv := lookup(props, "Environment")
	read(fenv, false)
	return e
}

// samTriggers classifies SAM event types.
var samTriggers = map[string]Trigger{
	"SQS":                     TriggerSQS,
	"Kinesis":                 TriggerKinesis,
	"DynamoDB":                TriggerDynamoDB,
	"S3":                      TriggerS3,
	"SNS":                     TriggerSNS,
	"Api":                     TriggerHTTP,
	"HttpApi":                 TriggerHTTP,
	"Schedule":                TriggerSchedule,
	"ScheduleV2":              TriggerSchedule,
	"CloudWatchEvent":         TriggerEvent,
	"EventBridgeRule":         TriggerEvent,
	"CloudWatchLogs":          TriggerEvent,
	"IoTRule":                 TriggerEvent,
	"AlexaSkill":              TriggerEvent,
	"Cognito":                 TriggerEvent,
	"MSK":                     TriggerKafka,
	"SelfManagedKafka":        TriggerKafka,
	"MQ":                      TriggerMQ,
	"DocumentDB":              TriggerEvent,
	"CloudWatchLogsFilter":    TriggerEvent,
	"IoTRuleEvent":            TriggerEvent,
	"EventInvokeConfig":       TriggerEvent,
	"ApplicationLoadBalancer": TriggerHTTP,
}

func (t *cfnTemplate) samEvent(k, v *yaml.Node) *Event {
	f := t.f
	ev := &Event{ID: k.Value, Pos: f.nodePos(k)}
	if typ := get(v, "Type"); isPlainScalar(typ) {
		ev.Kind = typ.Value
		ev.Trigger = samTriggers[typ.Value]
	}
	props := get(v, "Properties")
	for _, key := range []string{"Queue", "Stream", "Bucket", "Topic"} {
		if sk, sv := lookup(props, key); sk != nil {
			ev.Source = f.cfnString(sk, sv)
			break
		}
	}
	if ev.Trigger.IsBatch() || get(props, "FunctionResponseTypes") != nil {
		ev.ReportBatchItemFailures = t.responseTypes(props)
	}
	return ev
}

// responseTypes reads FunctionResponseTypes.
func (t *cfnTemplate) responseTypes(props *yaml.Node) Value[bool] {
	f := t.f
	k, v := lookup(props, "FunctionResponseTypes")
	if k == nil {
		return Value[bool]{}
	}
	out := Value[bool]{State: Unknown, Key: f.nodePos(k), Pos: f.nodePos(v), Text: exprText(v)}
	if v == nil || v.Kind != yaml.SequenceNode || isCustomTag(v) {
		return out
	}
	out.State = Known
	for _, item := range v.Content {
		item = resolve(item)
		if !isPlainScalar(item) {
			out.State = Unknown
			continue
		}
		if item.Value == "ReportBatchItemFailures" {
			out.V = true
			out.Pos, out.Text = f.valuePos(item), item.Value
		}
	}
	if out.State == Unknown {
		out.V = false
	}
	return out
}

// refTarget returns the logical ID a function reference names: !Ref X,
// !GetAtt X.Arn, !GetAtt [X, Arn], !Sub "${X}" or "${X.Arn}" and their
// JSON forms.
func refTarget(n *yaml.Node) (string, bool) {
	name, arg, ok := intrinsic(n)
	if !ok {
		return "", false
	}
	switch name {
	case "Ref":
		if arg.Kind == yaml.ScalarNode {
			return arg.Value, true
		}
	case "Fn::GetAtt":
		if arg.Kind == yaml.ScalarNode {
			id, _, _ := strings.Cut(arg.Value, ".")
			return id, true
		}
		if arg.Kind == yaml.SequenceNode && len(arg.Content) > 0 {
			return resolve(arg.Content[0]).Value, true
		}
	case "Fn::Sub":
		if arg.Kind == yaml.ScalarNode {
			s := strings.TrimSpace(arg.Value)
			if strings.HasPrefix(s, "${") && strings.HasSuffix(s, "}") && strings.Count(s, "${") == 1 {
				id, _, _ := strings.Cut(s[2:len(s)-1], ".")
				return id, true
			}
		}
	}
	return "", false
}

// target returns the function a FunctionName / TargetFunctionArn names:
// by reference to its logical ID, or by a literal equal to its Known
// FunctionName.
func (t *cfnTemplate) target(n *yaml.Node) *Function {
	// Through an AWS::Lambda::Alias or Version, or SAM's MyFunction.Alias
	// (AutoPublishAlias), to the function.
	for range 3 {
		id, ok := refTarget(n)
		if !ok {
			break
		}
		id = strings.TrimSuffix(strings.TrimSuffix(id, ".Alias"), ".Version")
		if fn := t.byID[id]; fn != nil {
			return fn
		}
		switch t.types[id] {
		case "AWS::Lambda::Alias", "AWS::Lambda::Version":
			n = get(get(t.resources[id], "Properties"), "FunctionName")
			continue
		}
		return nil
	}
	if isPlainScalar(n) {
		for _, fn := range t.functions {
			if name, ok := fn.Name.Get(); ok && (name == n.Value || strings.HasSuffix(n.Value, ":function:"+name)) {
				return fn
			}
		}
	}
	return nil
}

// sourceTrigger classifies an EventSourceArn: a literal ARN by its
// service, a reference by the referenced resource's type.
func (t *cfnTemplate) sourceTrigger(n *yaml.Node) Trigger {
	if isPlainScalar(n) {
		return arnTrigger(n.Value)
	}
	if id, ok := refTarget(n); ok {
		switch t.types[id] {
		case "AWS::SQS::Queue":
			return TriggerSQS
		case "AWS::Kinesis::Stream":
			return TriggerKinesis
		case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable":
			return TriggerDynamoDB
		case "AWS::MSK::Cluster":
			return TriggerKafka
		case "AWS::AmazonMQ::Broker":
			return TriggerMQ
		}
	}
	return TriggerUnknown
}

// arnTrigger classifies an event source ARN by its service.
func arnTrigger(arn string) Trigger {
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) < 3 || parts[0] != "arn" {
		return TriggerUnknown
	}
	switch parts[2] {
	case "sqs":
		return TriggerSQS
	case "kinesis":
		return TriggerKinesis
	case "dynamodb":
		return TriggerDynamoDB
	case "kafka":
		return TriggerKafka
	case "mq":
		return TriggerMQ
	}
	return TriggerUnknown
}

func (t *cfnTemplate) mapping(k, res *yaml.Node) {
	f := t.f
	props := get(res, "Properties")
	ev := &Event{Kind: "AWS::Lambda::EventSourceMapping", ID: k.Value, Pos: f.nodePos(k)}
	if sk, sv := lookup(props, "EventSourceArn"); sk != nil {
		ev.Source = f.cfnString(sk, sv)
		ev.Trigger = t.sourceTrigger(sv)
	}
	ev.ReportBatchItemFailures = t.responseTypes(props)
	fk, fv := lookup(props, "FunctionName")
	ev.Function = f.cfnString(fk, fv)
	if fn := t.target(fv); fn != nil {
		fn.Events = append(fn.Events, ev)
		return
	}
	t.unattached = append(t.unattached, ev)
}

func (t *cfnTemplate) url(k, res *yaml.Node) {
	f := t.f
	props := get(res, "Properties")
	u := &FunctionURL{Kind: "AWS::Lambda::Url", ID: k.Value, Pos: f.nodePos(k)}
	if mk, mv := lookup(props, "InvokeMode"); mk != nil {
		u.InvokeMode = f.cfnString(mk, mv)
	}
	if fn := t.target(get(props, "TargetFunctionArn")); fn != nil {
		fn.URLs = append(fn.URLs, u)
	}
	// A URL whose function is not in this template says nothing usable.
}
