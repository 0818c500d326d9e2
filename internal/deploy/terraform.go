package deploy

import (
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// parseTerraform reads the .tf files of one directory (one Terraform
// module): the Lambda and Cloud Run functions resources, event source
// mappings and Function URLs attached by reference, and the module
// terraform-aws-modules/lambda/aws. Nothing is evaluated but literals and
// path.module: any other reference (var., local., a resource's attribute,
// a function call) makes a value Unknown.
func parseTerraform(files []*srcFile) result {
	var r result
	m := &tfModule{
		resources: map[string]*tfBlock{},
		byAddr:    map[string]*Function{},
	}
	for _, f := range files {
		file, diags := hclsyntax.ParseConfig(f.data, f.path, hcl.InitialPos)
		if diags.HasErrors() {
			for _, d := range diags {
				if d.Severity != hcl.DiagError {
					continue
				}
				e := &Error{Pos: Pos{File: f.path}, Msg: d.Summary}
				if d.Detail != "" {
					e.Msg += ": " + d.Detail
				}
				if d.Subject != nil {
					e.Pos = f.atOffset(d.Subject.Start.Byte)
				}
				r.errors = append(r.errors, e)
				break // the first error; the rest usually follow from it
			}
		}
		if file == nil {
			continue
		}
		body, ok := file.Body.(*hclsyntax.Body)
		if !ok {
			continue
		}
		for _, b := range body.Blocks {
			tb := &tfBlock{f: f, b: b, dir: filepath.Dir(f.path)}
			switch {
			case b.Type == "resource" && len(b.Labels) == 2:
				tb.addr = b.Labels[0] + "." + b.Labels[1]
			case b.Type == "data" && len(b.Labels) == 2:
				tb.addr = "data." + b.Labels[0] + "." + b.Labels[1]
			case b.Type == "module" && len(b.Labels) == 1:
				tb.addr = "module." + b.Labels[0]
			default:
				continue
			}
			m.resources[tb.addr] = tb
			m.order = append(m.order, tb)
		}
	}
	for _, tb := range m.order {
		switch {
		case tb.b.Type == "resource" && tb.b.Labels[0] == KindTerraformLambda:
			m.lambda(tb)
		case tb.b.Type == "resource" && tb.b.Labels[0] == KindTerraformFunction:
			m.gcf(tb, 1)
		case tb.b.Type == "resource" && tb.b.Labels[0] == KindTerraformFunctionV2:
			m.gcf(tb, 2)
		case tb.b.Type == "module" && isLambdaModule(tb):
			m.lambdaModule(tb)
		}
	}
	for _, tb := range m.order {
		if tb.b.Type != "resource" {
			continue
		}
		switch tb.b.Labels[0] {
		case "aws_lambda_event_source_mapping":
			m.mapping(tb)
		case "aws_lambda_function_url":
			m.url(tb)
		}
	}
	r.functions = append(r.functions, m.functions...)
	r.mappings = append(r.mappings, m.unattached...)
	return r
}

type tfModule struct {
	resources  map[string]*tfBlock
	order      []*tfBlock
	byAddr     map[string]*Function
	functions  []*Function
	unattached []*Event
}

// tfBlock is a block with the file it is in.
type tfBlock struct {
	f    *srcFile
	b    *hclsyntax.Block
	dir  string
	addr string
}

func (tb *tfBlock) sub(b *hclsyntax.Block) *tfBlock {
	return &tfBlock{f: tb.f, b: b, dir: tb.dir, addr: tb.addr}
}

// block returns the first nested block of a type, or nil. An attribute
// of that name holding an object (Terraform 0.11's `event_trigger = {…}`)
// counts as the block.
func (tb *tfBlock) block(typ string) *tfBlock {
	if tb == nil {
		return nil
	}
	for _, b := range tb.b.Body.Blocks {
		if b.Type == typ {
			return tb.sub(b)
		}
	}
	if a := tb.attr(typ); a != nil {
		if obj, ok := a.Expr.(*hclsyntax.ObjectConsExpr); ok {
			return tb.objectBlock(typ, a.NameRange, obj)
		}
	}
	return nil
}

// objectBlock turns an object constructor into a block of its literal
// keys.
func (tb *tfBlock) objectBlock(typ string, rng hcl.Range, obj *hclsyntax.ObjectConsExpr) *tfBlock {
	attrs := hclsyntax.Attributes{}
	for _, it := range obj.Items {
		k, diags := it.KeyExpr.Value(nil)
		if diags.HasErrors() || k.Type() != cty.String || !k.IsKnown() {
			continue
		}
		attrs[k.AsString()] = &hclsyntax.Attribute{Name: k.AsString(), Expr: it.ValueExpr, NameRange: it.KeyExpr.Range()}
	}
	return &tfBlock{f: tb.f, dir: tb.dir, addr: tb.addr, b: &hclsyntax.Block{Type: typ, TypeRange: rng, Body: &hclsyntax.Body{Attributes: attrs}}}
}

func (tb *tfBlock) attr(name string) *hclsyntax.Attribute {
	if tb == nil {
		return nil
	}
	return tb.b.Body.Attributes[name]
}

func (tb *tfBlock) text(r hcl.Range) string {
	return string(tb.f.data[r.Start.Byte:r.End.Byte])
}

// value evaluates an expression if it is a literal (path.module is the
// block's directory); otherwise it is Unknown.
func (tb *tfBlock) value(a *hclsyntax.Attribute) Value[cty.Value] {
	if a == nil {
		return Value[cty.Value]{}
	}
	out := Value[cty.Value]{
		State: Unknown,
		Text:  tb.text(a.Expr.Range()),
		Pos:   tb.f.atOffset(a.Expr.Range().Start.Byte),
		Key:   tb.f.atOffset(a.NameRange.Start.Byte),
	}
	for _, tr := range a.Expr.Variables() {
		if tr.RootName() != "path" || len(tr) != 2 {
			return out
		}
		if at, ok := tr[1].(hcl.TraverseAttr); !ok || at.Name != "module" {
			return out
		}
	}
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{
		"path": cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal(tb.dir)}),
	}}
	v, diags := a.Expr.Value(ctx)
	if diags.HasErrors() || !v.IsWhollyKnown() || v.IsNull() {
		return out
	}
	out.State, out.V = Known, v
	// A quoted literal: its text without the quotes, where it starts.
	if v.Type() == cty.String && len(out.Text) >= 2 && out.Text[0] == '"' && out.Text[len(out.Text)-1] == '"' && out.Text[1:len(out.Text)-1] == v.AsString() {
		out.Text = v.AsString()
		out.Pos = tb.f.atOffset(a.Expr.Range().Start.Byte + 1)
	}
	return out
}

func (tb *tfBlock) str(name string) Value[string] {
	return mapValue(tb.value(tb.attr(name)), ctyString)
}

func (tb *tfBlock) int(name string) Value[int64] {
	return mapValue(tb.value(tb.attr(name)), ctyInt)
}

func ctyString(v cty.Value) (string, bool) {
	switch v.Type() {
	case cty.String:
		return v.AsString(), true
	case cty.Number:
		return v.AsBigFloat().Text('f', -1), true
	case cty.Bool:
		return fmt.Sprint(v.True()), true
	}
	return "", false
}

func ctyInt(v cty.Value) (int64, bool) {
	if v.Type() == cty.String {
		s := v.AsString()
		var n int64
		_, err := fmt.Sscanf(s, "%d", &n)
		return n, err == nil && fmt.Sprint(n) == s
	}
	if v.Type() != cty.Number {
		return 0, false
	}
	n, acc := v.AsBigFloat().Int64()
	return n, acc == big.Exact
}

func ctyBool(v cty.Value) (bool, bool) {
	if v.Type() != cty.Bool {
		return false, false
	}
	return v.True(), true
}

func seconds(n int64) (time.Duration, bool) { return time.Duration(n) * time.Second, true }

func (m *tfModule) add(tb *tfBlock, fn *Function) {
	m.byAddr[tb.addr] = fn
	m.functions = append(m.functions, fn)
}

func (m *tfModule) newFunction(tb *tfBlock, p Platform) *Function {
	return &Function{
		Format:   FormatTerraform,
		Kind:     tb.b.Labels[0],
		ID:       tb.addr,
		Pos:      tb.f.atOffset(tb.b.TypeRange.Start.Byte),
		Platform: p,
	}
}

func (m *tfModule) lambda(tb *tfBlock) {
	fn := m.newFunction(tb, Lambda)
	fn.Name = tb.str("function_name")
	fn.Runtime = tb.str("runtime")
	fn.Entry.Handler = tb.str("handler")
	for _, a := range []string{"filename", "image_uri", "s3_key"} {
		if tb.attr(a) != nil {
			fn.Entry.Source = tb.str(a)
			break
		}
	}
	fn.Entry.Dir = m.archiveDir(tb.attr("filename"))
	fn.Entry.Binary = m.archiveBinary(tb.attr("filename"))
	fn.Timeout = mapValue(tb.int("timeout"), seconds)
	fn.MemoryMB = tb.int("memory_size")
	fn.EphemeralStorageMB = tb.block("ephemeral_storage").int("size")
	if cp := tb.block("capacity_provider_config"); cp != nil {
		fn.ManagedInstances = Value[bool]{State: Known, V: true, Pos: tb.f.atOffset(cp.b.TypeRange.Start.Byte), Key: tb.f.atOffset(cp.b.TypeRange.Start.Byte)}
		cfg := cp.block("lambda_managed_instances_capacity_provider_config")
		if cfg == nil {
			cfg = cp
		}
		fn.Concurrency = cfg.int("per_execution_environment_max_concurrency")
	}
	fn.Env = Env{Complete: true}
	if env := tb.block("environment"); env != nil {
		fn.Env = tb.env(env.attr("variables"))
		if !fn.Env.Pos.IsValid() {
			fn.Env.Pos = tb.f.atOffset(env.b.TypeRange.Start.Byte)
		}
		if len(env.b.Body.Blocks) > 0 || env.attr("variables") == nil && len(env.b.Body.Attributes) > 0 {
			fn.Env.Complete = false // a dynamic block or an unusual shape
		}
	}
	if tb.b.Body.Blocks != nil {
		for _, b := range tb.b.Body.Blocks {
			if b.Type == "dynamic" && len(b.Labels) == 1 && b.Labels[0] == "environment" {
				fn.Env.Complete = false
			}
		}
	}
	m.add(tb, fn)
}

// env reads a map of environment variables (an object constructor);
// anything else (var.env, merge(...)) is an incomplete set.
func (tb *tfBlock) env(a *hclsyntax.Attribute) Env {
	e := Env{Complete: true}
	if a == nil {
		return e
	}
	e.Pos = tb.f.atOffset(a.NameRange.Start.Byte)
	obj, ok := a.Expr.(*hclsyntax.ObjectConsExpr)
	if !ok {
		e.Complete = false
		return e
	}
	for _, item := range obj.Items {
		k, diags := item.KeyExpr.Value(nil)
		if diags.HasErrors() || k.Type() != cty.String || !k.IsKnown() {
			e.Complete = false
			continue
		}
		va := &hclsyntax.Attribute{Expr: item.ValueExpr, NameRange: item.KeyExpr.Range()}
		v := &EnvVar{
			Name:  k.AsString(),
			Pos:   tb.f.atOffset(item.KeyExpr.Range().Start.Byte),
			Value: mapValue(tb.value(va), ctyString),
		}
		e.Vars = append(e.Vars, v)
	}
	return e
}

// traversal returns the reference an expression is, as a dotted string
// ("aws_lambda_function.api.arn"), or "".
func traversal(e hclsyntax.Expression) string {
	if tmpl, ok := e.(*hclsyntax.TemplateWrapExpr); ok {
		e = tmpl.Wrapped
	}
	tr, diags := hcl.AbsTraversalForExpr(e)
	if diags.HasErrors() {
		return ""
	}
	var parts []string
	for _, s := range tr {
		switch s := s.(type) {
		case hcl.TraverseRoot:
			parts = append(parts, s.Name)
		case hcl.TraverseAttr:
			parts = append(parts, s.Name)
		default:
			return ""
		}
	}
	return strings.Join(parts, ".")
}

// archive follows a filename / object reference to the archive_file data
// source it zips: data.archive_file.X.output_path, or a
// google_storage_bucket_object whose source is one; nil otherwise.
func (m *tfModule) archive(a *hclsyntax.Attribute) *tfBlock {
	for range 3 {
		if a == nil {
			return nil
		}
		ref := traversal(a.Expr)
		addr, attr := ref, ""
		if i := strings.LastIndex(ref, "."); i >= 0 {
			addr, attr = ref[:i], ref[i+1:]
		}
		res := m.resources[addr]
		switch {
		case res == nil:
			return nil
		case strings.HasPrefix(addr, "data.archive_file.") && attr == "output_path":
			return res
		case strings.HasPrefix(addr, "google_storage_bucket_object.") && (attr == "name" || attr == "output_name"):
			a = res.attr("source")
		default:
			return nil
		}
	}
	return nil
}

// archiveDir resolves a filename / object reference to the directory the
// archive_file it names zips (source_dir).
func (m *tfModule) archiveDir(a *hclsyntax.Attribute) Value[string] {
	res := m.archive(a)
	if res == nil {
		return Value[string]{}
	}
	sd := res.str("source_dir")
	if sd.IsAbsent() {
		return Value[string]{}
	}
	return resolveDir(sd, res.dir)
}

// archiveBinary resolves a filename reference to the one file the
// archive_file it names zips (source_file: a Lambda's built binary), as
// an absolute path.
func (m *tfModule) archiveBinary(a *hclsyntax.Attribute) Value[string] {
	res := m.archive(a)
	if res == nil {
		return Value[string]{}
	}
	return mapValue(res.str("source_file"), func(p string) (string, bool) {
		if !filepath.IsAbs(p) {
			p = filepath.Join(res.dir, filepath.FromSlash(p))
		}
		return filepath.Clean(p), true
	})
}

// target returns the function a function_name names: by reference
// (aws_lambda_function.X.arn / .function_name / module.X.lambda_function_arn),
// or by a literal equal to its Known name.
func (m *tfModule) target(tb *tfBlock, a *hclsyntax.Attribute) *Function {
	if a == nil {
		return nil
	}
	for range 3 {
		ref := traversal(a.Expr)
		if ref == "" {
			break
		}
		parts := strings.Split(ref, ".")
		if len(parts) < 2 {
			return nil
		}
		addr := parts[0] + "." + parts[1]
		if fn := m.byAddr[addr]; fn != nil {
			return fn
		}
		// Through an alias to its function.
		if res := m.resources[addr]; res != nil && parts[0] == "aws_lambda_alias" {
			tb, a = res, res.attr("function_name")
			if a == nil {
				return nil
			}
			continue
		}
		return nil
	}
	if traversal(a.Expr) != "" {
		return nil
	}
	name := mapValue(tb.value(a), ctyString)
	if s, ok := name.Get(); ok {
		for _, fn := range m.functions {
			if n, ok := fn.Name.Get(); ok && fn.Platform == Lambda && (n == s || strings.HasSuffix(s, ":function:"+n)) {
				return fn
			}
		}
	}
	return nil
}

// sourceTrigger classifies event_source_arn: a literal ARN by service, a
// reference by the referenced resource's type.
func sourceTrigger(v Value[string], a *hclsyntax.Attribute) Trigger {
	if s, ok := v.Get(); ok {
		return arnTrigger(s)
	}
	if a == nil {
		return TriggerUnknown
	}
	ref := strings.TrimPrefix(traversal(a.Expr), "data.")
	typ, _, _ := strings.Cut(ref, ".")
	switch typ {
	case "aws_sqs_queue":
		return TriggerSQS
	case "aws_kinesis_stream":
		return TriggerKinesis
	case "aws_dynamodb_table":
		return TriggerDynamoDB
	case "aws_msk_cluster":
		return TriggerKafka
	case "aws_mq_broker":
		return TriggerMQ
	}
	return TriggerUnknown
}

// responseTypes reads function_response_types.
func (tb *tfBlock) responseTypes(name string) Value[bool] {
	v := tb.value(tb.attr(name))
	return mapValue(v, func(c cty.Value) (bool, bool) {
		if !c.CanIterateElements() || c.Type().IsMapType() || c.Type().IsObjectType() {
			return false, false
		}
		found := false
		for it := c.ElementIterator(); it.Next(); {
			_, e := it.Element()
			if e.Type() == cty.String && e.AsString() == "ReportBatchItemFailures" {
				found = true
			}
		}
		return found, true
	})
}

func (m *tfModule) mapping(tb *tfBlock) {
	ev := &Event{
		Kind: tb.b.Labels[0],
		ID:   tb.addr,
		Pos:  tb.f.atOffset(tb.b.TypeRange.Start.Byte),
	}
	ev.Source = tb.str("event_source_arn")
	ev.Trigger = sourceTrigger(ev.Source, tb.attr("event_source_arn"))
	ev.ReportBatchItemFailures = tb.responseTypes("function_response_types")
	ev.Function = tb.str("function_name")
	if fn := m.target(tb, tb.attr("function_name")); fn != nil {
		fn.Events = append(fn.Events, ev)
		return
	}
	m.unattached = append(m.unattached, ev)
}

func (m *tfModule) url(tb *tfBlock) {
	u := &FunctionURL{Kind: tb.b.Labels[0], ID: tb.addr, Pos: tb.f.atOffset(tb.b.TypeRange.Start.Byte)}
	u.InvokeMode = tb.str("invoke_mode")
	if fn := m.target(tb, tb.attr("function_name")); fn != nil {
		fn.URLs = append(fn.URLs, u)
	}
}

func (m *tfModule) gcf(tb *tfBlock, gen int) {
	fn := m.newFunction(tb, CloudRunFunctions)
	fn.Generation = Value[int]{State: Known, V: gen, Text: tb.b.Labels[0],
		Pos: tb.f.atOffset(tb.b.LabelRanges[0].Start.Byte + 1), Key: tb.f.atOffset(tb.b.TypeRange.Start.Byte)}
	fn.Name = tb.str("name")
	pos := func(b *tfBlock) Pos { return b.f.atOffset(b.b.TypeRange.Start.Byte) }
	if gen == 1 {
		fn.Runtime = tb.str("runtime")
		fn.Entry.EntryPoint = tb.str("entry_point")
		fn.Timeout = mapValue(tb.int("timeout"), seconds)
		fn.MemoryMB = tb.int("available_memory_mb")
		fn.Entry.Source = tb.str("source_archive_object")
		fn.Entry.Dir = m.archiveDir(tb.attr("source_archive_object"))
		fn.Env = tb.env(tb.attr("environment_variables"))
		if h := tb.attr("trigger_http"); h != nil {
			if v := mapValue(tb.value(h), ctyBool); !v.IsKnown() || v.V {
				fn.Events = append(fn.Events, &Event{Trigger: TriggerHTTP, Kind: "trigger_http", Pos: tb.f.atOffset(h.NameRange.Start.Byte)})
			}
		}
		if et := tb.block("event_trigger"); et != nil {
			ev := &Event{Kind: "event_trigger", Pos: pos(et)}
			typ := et.str("event_type")
			ev.Trigger = gcfEventTrigger(typ)
			ev.Source = et.str("resource")
			fn.Events = append(fn.Events, ev)
		}
	} else {
		bc := tb.block("build_config")
		fn.Runtime = bc.str("runtime")
		fn.Entry.EntryPoint = bc.str("entry_point")
		if ss := bc.block("source").block("storage_source"); ss != nil {
			fn.Entry.Source = ss.str("object")
			fn.Entry.Dir = m.archiveDir(ss.attr("object"))
		} else if rs := bc.block("source").block("repo_source"); rs != nil {
			fn.Entry.Source = rs.str("dir")
		}
		sc := tb.block("service_config")
		fn.Concurrency = sc.int("max_instance_request_concurrency")
		fn.Timeout = mapValue(sc.int("timeout_seconds"), seconds)
		fn.MemoryMB = mapValue(sc.str("available_memory"), parseMemoryMB)
		fn.Env = Env{Complete: true}
		if sc != nil {
			fn.Env = sc.env(sc.attr("environment_variables"))
		}
		if et := tb.block("event_trigger"); et != nil {
			ev := &Event{Kind: "event_trigger", Pos: pos(et)}
			ev.Trigger = gcfEventTrigger(et.str("event_type"))
			ev.Source = et.str("pubsub_topic")
			fn.Events = append(fn.Events, ev)
		} else {
			// A 2nd gen function without an event trigger is an HTTP function.
			fn.Events = append(fn.Events, &Event{Trigger: TriggerHTTP, Kind: "http", Pos: fn.Pos})
		}
	}
	m.add(tb, fn)
}

// gcfEventTrigger classifies a Cloud Functions event type.
func gcfEventTrigger(typ Value[string]) Trigger {
	s, ok := typ.Get()
	if !ok {
		return TriggerUnknown
	}
	switch {
	case strings.Contains(s, "pubsub"):
		return TriggerPubSub
	case strings.Contains(s, "storage"):
		return TriggerStorage
	}
	return TriggerEvent
}

// isLambdaModule reports whether a module block uses
// terraform-aws-modules/lambda/aws (from the registry or GitHub).
func isLambdaModule(tb *tfBlock) bool {
	src, ok := tb.str("source").Get()
	if !ok {
		return false
	}
	return strings.HasPrefix(src, "terraform-aws-modules/lambda/aws") ||
		strings.Contains(src, "github.com/terraform-aws-modules/terraform-aws-lambda")
}

// lambdaModule reads terraform-aws-modules/lambda/aws's inputs.
func (m *tfModule) lambdaModule(tb *tfBlock) {
	fn := m.newFunction(tb, Lambda)
	fn.Kind = "terraform-aws-modules/lambda/aws"
	fn.Name = tb.str("function_name")
	fn.Runtime = tb.str("runtime")
	fn.Entry.Handler = tb.str("handler")
	if tb.attr("source_path") != nil {
		fn.Entry.Source = tb.str("source_path")
		fn.Entry.Dir = resolveDir(fn.Entry.Source, tb.dir)
	} else if tb.attr("local_existing_package") != nil {
		fn.Entry.Source = tb.str("local_existing_package")
	}
	fn.Timeout = mapValue(tb.int("timeout"), seconds)
	fn.MemoryMB = tb.int("memory_size")
	fn.EphemeralStorageMB = tb.int("ephemeral_storage_size")
	fn.Env = tb.env(tb.attr("environment_variables"))
	if a := tb.attr("create_lambda_function_url"); a != nil {
		if v := mapValue(tb.value(a), ctyBool); !v.IsKnown() || v.V {
			u := &FunctionURL{Kind: "create_lambda_function_url", Pos: tb.f.atOffset(a.NameRange.Start.Byte)}
			u.InvokeMode = tb.str("invoke_mode")
			fn.URLs = append(fn.URLs, u)
		}
	}
	// event_source_mapping = { name = { event_source_arn = ..., function_response_types = [...] } }
	if a := tb.attr("event_source_mapping"); a != nil {
		if obj, ok := a.Expr.(*hclsyntax.ObjectConsExpr); ok {
			for _, item := range obj.Items {
				k, _ := item.KeyExpr.Value(nil)
				ev := &Event{Kind: "event_source_mapping", Pos: tb.f.atOffset(item.KeyExpr.Range().Start.Byte)}
				if k.Type() == cty.String && k.IsKnown() {
					ev.ID = k.AsString()
				}
				inner, ok := item.ValueExpr.(*hclsyntax.ObjectConsExpr)
				if !ok {
					ev.ReportBatchItemFailures = Value[bool]{State: Unknown, Text: tb.text(item.ValueExpr.Range()), Pos: tb.f.atOffset(item.ValueExpr.Range().Start.Byte)}
					fn.Events = append(fn.Events, ev)
					continue
				}
				sub := tb.objectBlock("event_source_mapping", item.KeyExpr.Range(), inner)
				ev.Source = sub.str("event_source_arn")
				ev.Trigger = sourceTrigger(ev.Source, sub.attr("event_source_arn"))
				ev.ReportBatchItemFailures = sub.responseTypes("function_response_types")
				fn.Events = append(fn.Events, ev)
			}
		}
	}
	m.add(tb, fn)
}
