package deploy

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// show renders a Value compactly for the tables: "absent", "V@line" when
// Known, "?TEXT@line" when Unknown; "^" marks an inherited value.
func show[T any](v Value[T]) string {
	var s string
	switch v.State {
	case Absent:
		return "absent"
	case Known:
		s = fmt.Sprint(v.V)
		if abs, err := filepath.Abs("testdata"); err == nil {
			s = strings.ReplaceAll(s, abs, "<testdata>")
			if repo := repoRoot(abs); repo != "" && s == repo {
				s = "<repo>"
			}
		}
	case Unknown:
		s = "?" + v.Text
	}
	s += fmt.Sprintf("@%d", v.Pos.Line)
	if v.Inherited {
		s += "^"
	}
	return s
}

// summary renders every field of a function, so that a table lists all
// of what is extracted (a field it does not list must be absent).
func summary(t *testing.T, fn *Function) map[string]string {
	// Dir is absolute: show it relative to testdata.
	dir := strings.Replace(show(fn.Entry.Dir), "<testdata>/", "", 1)
	m := map[string]string{
		"kind":        fn.Kind,
		"pos":         fmt.Sprint(fn.Pos.Line),
		"platform":    fn.Platform.String(),
		"name":        show(fn.Name),
		"gen":         show(fn.Generation),
		"handler":     show(fn.Entry.Handler),
		"entrypoint":  show(fn.Entry.EntryPoint),
		"source":      show(fn.Entry.Source),
		"buildmethod": show(fn.Entry.BuildMethod),
		"dir":         dir,
		"binary":      strings.Replace(show(fn.Entry.Binary), "<testdata>/", "", 1),
		"runtime":     show(fn.Runtime),
		"concurrency": show(fn.Concurrency),
		"managed":     show(fn.ManagedInstances),
		"timeout":     show(fn.Timeout),
		"memory":      show(fn.MemoryMB),
		"ephemeral":   show(fn.EphemeralStorageMB),
	}
	var env []string
	if fn.Env.Complete {
		env = append(env, "complete")
	} else {
		env = append(env, "incomplete")
	}
	for _, v := range fn.Env.Vars {
		s := fmt.Sprintf("%s@%d=%s", v.Name, v.Pos.Line, show(v.Value))
		env = append(env, s)
	}
	m["env"] = strings.Join(env, " ")
	var evs []string
	for _, e := range fn.Events {
		evs = append(evs, showEvent(e))
	}
	m["events"] = strings.Join(evs, "; ")
	var urls []string
	for _, u := range fn.URLs {
		urls = append(urls, fmt.Sprintf("%s %s@%d mode=%s", u.Kind, u.ID, u.Pos.Line, show(u.InvokeMode)))
	}
	m["urls"] = strings.Join(urls, "; ")
	return m
}

func showEvent(e *Event) string {
	s := fmt.Sprintf("%s %s %s@%d src=%s batch=%s", e.Trigger, e.Kind, e.ID, e.Pos.Line, show(e.Source), show(e.ReportBatchItemFailures))
	if !e.Function.IsAbsent() {
		s += " fn=" + show(e.Function)
	}
	return s
}

// defaults are the summary of a function's fields when the table does not
// list them.
var defaults = map[string]string{
	"env":    "complete",
	"events": "",
	"urls":   "",
}

type fnCase struct {
	id     string
	fields map[string]string
}

// checkFunctions compares the functions found with the table, field by
// field; a field the table does not list must be absent (or empty).
func checkFunctions(t *testing.T, set *Set, want []fnCase) {
	t.Helper()
	if len(set.Functions) != len(want) {
		var ids []string
		for _, fn := range set.Functions {
			ids = append(ids, fn.ID)
		}
		t.Errorf("found %d functions %v, want %d", len(set.Functions), ids, len(want))
	}
	for i, w := range want {
		if i >= len(set.Functions) {
			break
		}
		fn := set.Functions[i]
		if fn.ID != w.id {
			t.Errorf("function %d: ID %q, want %q", i, fn.ID, w.id)
			continue
		}
		got := summary(t, fn)
		for k, g := range got {
			exp, ok := w.fields[k]
			if !ok {
				exp, ok = defaults[k]
				if !ok {
					exp = "absent"
				}
			}
			if g != exp {
				t.Errorf("%s %s:\n got %s\nwant %s", w.id, k, g, exp)
			}
		}
		for k := range w.fields {
			if _, ok := got[k]; !ok {
				t.Errorf("%s: table lists unknown field %q", w.id, k)
			}
		}
	}
}

func noErrors(t *testing.T, set *Set) {
	t.Helper()
	for _, e := range set.Errors {
		t.Errorf("unexpected error: %v", e)
	}
}

func TestSAM(t *testing.T) {
	set := Load([]string{"testdata/sam/template.yaml"})
	noErrors(t, set)
	checkFunctions(t, set, []fnCase{
		{"OrdersFunction", map[string]string{
			"kind": "AWS::Serverless::Function", "pos": "21", "platform": "AWS Lambda",
			"handler":     "bootstrap@27",
			"source":      "orders/@26",
			"buildmethod": "go1.x@24",
			"dir":         "sam/orders@26",
			"runtime":     "provided.al2023@12^",
			"timeout":     "10s@13^",
			"memory":      "256@14^",
			"ephemeral":   "1024@29",
			"env":         "complete TABLE@17=?!Ref Table@17^ LOG_LEVEL@33=debug@33 QUEUE_URL@32=?!Ref Queue@32",
			"events": "sqs SQS Orders@38 src=?!GetAtt Queue.Arn@41 batch=true@43; " +
				"kinesis AWS::Lambda::EventSourceMapping OrdersAliasMapping@123 src=?!GetAtt Clicks.Arn@127 batch=absent fn=?!Ref OrdersFunction.Alias@126", // AutoPublishAlias
			"urls": "FunctionUrlConfig @34 mode=RESPONSE_STREAM@36",
		}},
		{"StreamFunction", map[string]string{
			"kind": "AWS::Serverless::Function", "pos": "45", "platform": "AWS Lambda",
			"name":    "?!Sub ${AWS::StackName}-stream@48",
			"handler": "stream@50",
			"source":  "stream/@49",
			"dir":     "sam/stream@49",
			"runtime": "go1.x@51",
			"timeout": "?!Ref StreamTimeout@52",
			"memory":  "256@14^",
			"env":     "complete TABLE@17=?!Ref Table@17^ LOG_LEVEL@18=info@18^",
			"events":  "kinesis Kinesis Clicks@54 src=?!GetAtt Clicks.Arn@57 batch=absent; http HttpApi Api@59 src=absent batch=absent",
		}},
		{"LegacyFunction", map[string]string{
			"kind": "AWS::Lambda::Function", "pos": "62", "platform": "AWS Lambda",
			"name":        "legacy@65",
			"runtime":     "?!If [IsNew, provided.al2023, go1.x]@66",
			"handler":     "bootstrap@67",
			"source":      "?{S3Bucket: artifacts, S3Key: legacy.zip}@69",
			"managed":     "true@73",
			"concurrency": "8@75",
			"env":         "incomplete",
			"events": "dynamodb AWS::Lambda::EventSourceMapping TableMapping@77 src=?!GetAtt Table.StreamArn@81 batch=true@82 fn=?!GetAtt LegacyFunction.Arn@80; " +
				"sqs AWS::Lambda::EventSourceMapping ByNameMapping@84 src=arn:aws:sqs:us-east-1:123456789012:dead-letters@88 batch=absent fn=legacy@87; " +
				"sqs AWS::Lambda::EventSourceMapping AliasMapping@117 src=?!GetAtt Queue.Arn@121 batch=true@122 fn=?!Ref LegacyAlias@120", // through the alias
			"urls": "AWS::Lambda::Url LegacyUrl@97 mode=BUFFERED@102",
		}},
	})
	if len(set.Mappings) != 1 {
		t.Fatalf("got %d unattached mappings, want 1", len(set.Mappings))
	}
	if got, want := showEvent(set.Mappings[0]), "sqs AWS::Lambda::EventSourceMapping ImportedMapping@90 src=?!GetAtt Queue.Arn@94 batch=false@95 fn=?!ImportValue other-stack-fn@93"; got != want {
		t.Errorf("unattached mapping:\n got %s\nwant %s", got, want)
	}
}

func TestCloudFormationJSON(t *testing.T) {
	set := Load([]string{"testdata/cfn/stack.json"})
	noErrors(t, set)
	checkFunctions(t, set, []fnCase{
		{"Worker", map[string]string{
			"kind": "AWS::Lambda::Function", "pos": "4", "platform": "AWS Lambda",
			"name":      "?!Sub ${AWS::StackName}-worker@7",
			"runtime":   "provided.al2@8",
			"handler":   "bootstrap@9",
			"source":    "?{S3Bucket: !Ref Bucket, S3Key: worker.zip}@10",
			"timeout":   "15m0s@11",
			"memory":    "1024@12",
			"ephemeral": "4096@13",
			"env":       "complete BUCKET@16=?!Ref Bucket@16 MODE@17=batch@17",
			"events":    "sqs AWS::Lambda::EventSourceMapping WorkerMapping@22 src=arn:aws:sqs:eu-west-1:123456789012:jobs@26 batch=absent fn=?!GetAtt [Worker, Arn]@25",
			"urls":      "AWS::Lambda::Url WorkerUrl@30 mode=?!Ref Mode@35",
		}},
	})
}

// TestMalformed checks that each malformed file gives one error at the
// right line, and that the other files are still read.
func TestMalformed(t *testing.T) {
	cases := []struct {
		file string
		want string
	}{
		{"testdata/malformed/template.yaml", "template.yaml:7: did not find expected key"},
		{"testdata/malformed/stack.json", "stack.json:4:44: invalid character '}' looking for beginning of object key string"},
		{"testdata/malformed/tf/main.tf", "main.tf:3:12: Invalid expression: Expected the start of an expression, but found an invalid expression token."},
		{"testdata/malformed/sh/deploy.sh", "deploy.sh:3:17: reached EOF without closing quote `\"`"},
		{"testdata/malformed/make/Makefile", "Makefile:2:83: reached EOF without closing quote `'`"},
		{"testdata/malformed/cb/cloudbuild.yaml", "cloudbuild.yaml:3: did not find expected ',' or ']'"},
		{"testdata/malformed/wf/.github/workflows/deploy.yml", "deploy.yml:8:69: `fi` can only be used to end an `if`"},
		{"testdata/malformed/sls/serverless.yml", "serverless.yml:8: mapping values are not allowed in this context"},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			set := Load([]string{c.file, "testdata/sam/template.yaml"})
			if len(set.Errors) != 1 {
				t.Fatalf("got errors %v, want one", set.Errors)
			}
			got := set.Errors[0].Error()
			got = got[strings.LastIndex(got, string(filepath.Separator))+1:]
			if got != c.want {
				t.Errorf("got error %q, want %q", got, c.want)
			}
			good := 0
			for _, fn := range set.Functions {
				if filepath.Base(fn.Pos.File) == "template.yaml" && strings.Contains(fn.Pos.File, "sam") {
					good++
				}
			}
			if good != 3 {
				t.Errorf("got %d functions from the good file, want 3", good)
			}
		})
	}
}

// TestPositions checks every position found in the testdata: its line and
// column agree with its offset, and a Known value's text is at its offset
// (inside the quotes of a quoted literal).
func TestPositions(t *testing.T) {
	set := Find("testdata")
	if len(set.Functions) == 0 {
		t.Fatal("nothing found in testdata")
	}
	data := map[string]*srcFile{}
	check := func(what string, p Pos, text string) {
		if !p.IsValid() {
			return
		}
		f := data[p.File]
		if f == nil {
			b, err := os.ReadFile(p.File)
			if err != nil {
				t.Fatal(err)
			}
			f = newSrcFile(p.File, b)
			data[p.File] = f
		}
		if q := f.atOffset(p.Offset); q != p {
			t.Errorf("%s: position %+v, but its offset is at %+v", what, p, q)
			return
		}
		if text == "" {
			return
		}
		rest := string(f.data[p.Offset:])
		if !strings.HasPrefix(rest, text) {
			line, _, _ := strings.Cut(rest, "\n")
			t.Errorf("%s at %s: text %q, file has %q", what, p, text, line)
		}
	}
	var walk func(what string, v reflect.Value)
	walk = func(what string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(what, v.Elem())
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(fmt.Sprintf("%s[%d]", what, i), v.Index(i))
			}
		case reflect.Struct:
			if p, ok := v.Interface().(Pos); ok {
				check(what, p, "")
				return
			}
			if f := v.FieldByName("State"); f.IsValid() && v.FieldByName("Key").IsValid() {
				text := ""
				if State(f.Uint()) == Known {
					text = v.FieldByName("Text").String()
				}
				check(what+".Key", v.FieldByName("Key").Interface().(Pos), "")
				check(what, v.FieldByName("Pos").Interface().(Pos), text)
				return
			}
			for i := 0; i < v.NumField(); i++ {
				walk(what+"."+v.Type().Field(i).Name, v.Field(i))
			}
		}
	}
	for _, fn := range set.Functions {
		walk(fn.ID, reflect.ValueOf(fn))
	}
	for i, ev := range set.Mappings {
		walk(fmt.Sprintf("Mappings[%d]", i), reflect.ValueOf(ev))
	}
	for i, b := range set.Builds {
		walk(fmt.Sprintf("Builds[%d]", i), reflect.ValueOf(b))
	}
	if len(set.Builds) == 0 || len(set.Mappings) == 0 {
		t.Errorf("testdata has %d builds and %d mappings, want some of each", len(set.Builds), len(set.Mappings))
	}
}

func TestServerless(t *testing.T) {
	set := Load([]string{"testdata/serverless/serverless.yml"})
	noErrors(t, set)
	checkFunctions(t, set, []fnCase{
		{"ingest", map[string]string{
			"kind": "serverless", "pos": "17", "platform": "AWS Lambda",
			"handler":   "bootstrap@18",
			"binary":    "serverless/bootstrap@18",
			"source":    "build/ingest.zip@20",
			"runtime":   "provided.al2@6^",
			"timeout":   "10s@7^",
			"memory":    "512@8^",
			"ephemeral": "2048@21",
			"env":       "complete STAGE@10=?${sls:stage}@10^ LOG_LEVEL@23=debug@23 QUEUE@24=?!Ref Queue@24",
			"events": "sqs sqs @26 src=?!GetAtt Queue.Arn@27 batch=true@29; " +
				"dynamodb stream @30 src=?${self:custom.tableStreamArn}@32 batch=absent; " +
				"kinesis stream @33 src=arn:aws:kinesis:us-east-1:123456789012:stream/clicks@33 batch=absent",
		}},
		{"api", map[string]string{
			"kind": "serverless", "pos": "34", "platform": "AWS Lambda",
			"handler": "bootstrap@35",
			"binary":  "serverless/bootstrap@35",
			"runtime": "go1.x@36",
			"timeout": "?${self:custom.apiTimeout}@37",
			"memory":  "128@38",
			"env":     "incomplete STAGE@10=?${sls:stage}@10^ LOG_LEVEL@11=info@11^",
			"urls":    "url @40 mode=RESPONSE_STREAM@41",
			"events":  "http httpApi @43 src=absent batch=absent",
		}},
	})
}

func TestServerlessGoogle(t *testing.T) {
	set := Load([]string{"testdata/serverless-google/serverless.yml"})
	noErrors(t, set)
	checkFunctions(t, set, []fnCase{
		{"resize", map[string]string{
			"kind": "serverless", "pos": "10", "platform": "Cloud Run functions",
			"gen":        "1@3",
			"entrypoint": "Resize@11",
			"runtime":    "go113@4^",
			"timeout":    "1m0s@6^",
			"memory":     "256@5^",
			"events":     "event event @13 src=absent batch=absent",
		}},
		{"hello", map[string]string{
			"kind": "serverless", "pos": "16", "platform": "Cloud Run functions",
			"gen":        "1@3",
			"entrypoint": "Hello@17",
			"runtime":    "go113@4^",
			"timeout":    "9m0s@18",
			"memory":     "256@5^",
			"events":     "http http @20 src=absent batch=absent",
		}},
	})
}

func TestTerraformAWS(t *testing.T) {
	set := Load([]string{"testdata/terraform/aws/main.tf", "testdata/terraform/aws/variables.tf"})
	noErrors(t, set)
	checkFunctions(t, set, []fnCase{
		{"aws_lambda_function.api", map[string]string{
			"kind": "aws_lambda_function", "pos": "1", "platform": "AWS Lambda",
			"name":      "orders-api@2",
			"runtime":   "?var.runtime@3",
			"handler":   "bootstrap@4",
			"source":    "?data.archive_file.api.output_path@5",
			"dir":       "sam/orders@8",
			"timeout":   "30s@6",
			"memory":    "1024@7",
			"ephemeral": "2048@10",
			"env":       "complete TABLE_NAME@15=?aws_dynamodb_table.orders.name@15 LOG_LEVEL@16=info@16 REGION@17=eu-west-1@17",
			"urls":      "aws_lambda_function_url aws_lambda_function_url.api@63 mode=RESPONSE_STREAM@66",
			"events":    "sqs aws_lambda_event_source_mapping aws_lambda_event_source_mapping.external@94 src=?data.aws_sqs_queue.external.arn@95 batch=absent fn=?aws_lambda_function.api.arn@96",
		}},
		{"aws_lambda_function.worker", map[string]string{
			"kind": "aws_lambda_function", "pos": "22", "platform": "AWS Lambda",
			"name":        "orders-worker@23",
			"runtime":     "go1.x@24",
			"handler":     "worker@25",
			"source":      "?\"worker-${var.release}.zip\"@27",
			"env":         "incomplete",
			"managed":     "true@33",
			"concurrency": "16@36",
			"events": "sqs aws_lambda_event_source_mapping aws_lambda_event_source_mapping.jobs@45 src=?aws_sqs_queue.jobs.arn@46 batch=true@48 fn=?aws_lambda_function.worker.arn@47; " +
				"dynamodb aws_lambda_event_source_mapping aws_lambda_event_source_mapping.stream@51 src=?aws_dynamodb_table.orders.stream_arn@52 batch=absent fn=orders-worker@53; " +
				"kinesis aws_lambda_event_source_mapping aws_lambda_event_source_mapping.alias@105 src=?aws_kinesis_stream.clicks.arn@106 batch=true@108 fn=?aws_lambda_alias.live.arn@107", // through the alias
		}},
		{"module.notifier", map[string]string{
			"kind": "terraform-aws-modules/lambda/aws", "pos": "69", "platform": "AWS Lambda",
			"name":    "notifier@73",
			"handler": "bootstrap@74",
			"runtime": "provided.al2@75",
			"source":  "<testdata>/terraform/aws/../../sam/stream@76",
			"dir":     "sam/stream@76",
			"timeout": "5s@77",
			"env":     "complete TOPIC@79=alerts@79",
			"urls":    "create_lambda_function_url @81 mode=absent",
			"events":  "sqs event_source_mapping sqs@83 src=?aws_sqs_queue.jobs.arn@84 batch=true@85",
		}},
	})
	if len(set.Mappings) != 1 {
		t.Fatalf("got %d unattached mappings, want 1", len(set.Mappings))
	}
	if got, want := showEvent(set.Mappings[0]), "kinesis aws_lambda_event_source_mapping aws_lambda_event_source_mapping.elsewhere@57 src=arn:aws:kinesis:us-east-1:123456789012:stream/clicks@58 batch=?var.response_types@60 fn=?var.consumer_arn@59"; got != want {
		t.Errorf("unattached mapping:\n got %s\nwant %s", got, want)
	}
}

func TestTerraformGCP(t *testing.T) {
	set := Load([]string{"testdata/terraform/gcp/main.tf"})
	noErrors(t, set)
	checkFunctions(t, set, []fnCase{
		{"google_cloudfunctions_function.report", map[string]string{
			"kind": "google_cloudfunctions_function", "pos": "13", "platform": "Cloud Run functions",
			"gen":        "1@13",
			"name":       "report@14",
			"runtime":    "go121@15",
			"entrypoint": "HandleReport@16",
			"memory":     "512@17",
			"timeout":    "2m0s@18",
			"source":     "?google_storage_bucket_object.src.name@20",
			"dir":        "sam/orders@3",
			"env":        "complete PROJECT@23=?var.project@23",
			"events":     "http trigger_http @21 src=absent batch=absent",
		}},
		{"google_cloudfunctions_function.ingest", map[string]string{
			"kind": "google_cloudfunctions_function", "pos": "27", "platform": "Cloud Run functions",
			"gen":        "1@27",
			"name":       "ingest@28",
			"runtime":    "go113@29",
			"entrypoint": "Ingest@30",
			"events":     "pubsub event_trigger @31 src=?google_pubsub_topic.in.name@33 batch=absent",
		}},
		{"google_cloudfunctions2_function.api", map[string]string{
			"kind": "google_cloudfunctions2_function", "pos": "37", "platform": "Cloud Run functions",
			"gen":         "2@37",
			"name":        "api@38",
			"runtime":     "go122@42",
			"entrypoint":  "API@43",
			"source":      "?google_storage_bucket_object.src.name@47",
			"dir":         "sam/orders@3",
			"concurrency": "80@53",
			"memory":      "1024@54",
			"timeout":     "1m0s@55",
			"env":         "complete MODE@57=api@57",
			"events":      "http http @37 src=absent batch=absent",
		}},
		{"google_cloudfunctions2_function.events", map[string]string{
			"kind": "google_cloudfunctions2_function", "pos": "62", "platform": "Cloud Run functions",
			"gen":         "2@62",
			"name":        "events@63",
			"runtime":     "?var.go_runtime@65",
			"entrypoint":  "OnUpload@66",
			"concurrency": "?local.concurrency@69",
			"events":      "storage event_trigger @71 src=absent batch=absent",
		}},
	})
}

func TestShellScript(t *testing.T) {
	set := Load([]string{"testdata/scripts/deploy.sh"})
	noErrors(t, set)
	gcf := "Cloud Run functions"
	checkFunctions(t, set, []fnCase{
		{"report", map[string]string{
			"kind": "gcloud functions deploy", "pos": "7", "platform": gcf,
			"name":        "report@7",
			"gen":         "2@8",
			"runtime":     "go122@9",
			"source":      "./sam/orders@11",
			"dir":         "sam/orders@11", // cd "$(dirname "$0")/.." is followed
			"entrypoint":  "HandleReport@12",
			"concurrency": "40@14",
			"memory":      "512@15",
			"timeout":     "2m0s@16",
			"env":         "complete MODE@17=report@17 BUCKET@17=reports-prod@17",
			"events":      "http --trigger-http @13 src=absent batch=absent",
		}},
		{`"$NAME"`, map[string]string{
			"kind": "gcloud functions deploy", "pos": "19", "platform": gcf,
			"name":       `?"$NAME"@19`,
			"gen":        "1@19",
			"runtime":    "go121@19",
			"dir":        "<testdata>@0", // no --source: the directory it runs in
			"entrypoint": "OnOrder@19",
			"env":        "incomplete A@19=1@19", // --update-env-vars keeps the others
			"events":     "pubsub --trigger-topic @19 src=orders@19 batch=absent",
		}},
		{"api", map[string]string{
			"kind": "gcloud run deploy", "pos": "21", "platform": gcf,
			"name":        "api@21",
			"gen":         "2@21",
			"runtime":     "go122@21",
			"source":      ".@21",
			"dir":         "<testdata>@21",
			"entrypoint":  "API@21",
			"concurrency": "80@21",
			"env":         "complete STAGE@21=?$STAGE@21 LOG@21=info@21",
			"events":      "http gcloud run deploy @21 src=absent batch=absent",
		}},
		// --$GEN2 and "$@" may set any flag: what is not written is Unknown.
		{"dyn", map[string]string{
			"kind": "gcloud functions deploy", "pos": "27", "platform": gcf,
			"name":        "dyn@27",
			"gen":         "?--$GEN2@27",
			"runtime":     "?--$GEN2@27",
			"entrypoint":  "?--$GEN2@27",
			"source":      "?--$GEN2@27",
			"dir":         "?--$GEN2@27",
			"concurrency": "?--$GEN2@27",
			"timeout":     "?--$GEN2@27",
			"memory":      "?--$GEN2@27",
			"env":         "incomplete",
			"events":      "http --trigger-http @27 src=absent batch=absent",
		}},
	})
}

func TestMakefile(t *testing.T) {
	set := Load([]string{"testdata/make/Makefile"})
	noErrors(t, set)
	gcf := "Cloud Run functions"
	checkFunctions(t, set, []fnCase{
		{"$(FUNCTION)", map[string]string{
			"kind": "gcloud functions deploy", "pos": "7", "platform": gcf,
			"name":       "?$(FUNCTION)@7",
			"runtime":    "?$(RUNTIME)@7",
			"entrypoint": "Thumbnail@8",
			"source":     "../sam/stream@8",
			"dir":        "sam/stream@8",
			"memory":     "1024@9",
			"env":        "complete SIZES@9=64,128@9 QUALITY@9=80@9",
			"events":     "storage --trigger-bucket @9 src=?uploads-$${USER}@9 batch=absent",
		}},
		{"resize", map[string]string{
			"kind": "gcloud functions deploy", "pos": "10", "platform": gcf,
			"name":       "resize@10",
			"gen":        "2@10",
			"runtime":    "go122@10",
			"entrypoint": "Resize@10",
			"dir":        "make@0",
			"timeout":    "1m0s@10",
			"env":        "complete", // --clear-env-vars
			"events":     "storage --trigger-event-filters @10 src=absent batch=absent",
		}},
		{"envfile", map[string]string{ // $(GCLOUD) is gcloud
			"kind": "gcloud functions deploy", "pos": "13", "platform": gcf,
			"name":    "envfile@13",
			"gen":     "2@13",
			"runtime": "go122@13",
			"dir":     "make@0",
			"env":     "complete BUCKET@1=thumbnails@1 QUALITY@2=80@2", // read from env.yaml
			"events":  "http --trigger-http @13 src=absent batch=absent",
		}},
	})
}

func TestCloudBuild(t *testing.T) {
	set := Load([]string{"testdata/cloudbuild/cloudbuild.yaml"})
	noErrors(t, set)
	gcf := "Cloud Run functions"
	checkFunctions(t, set, []fnCase{
		{"orders", map[string]string{
			"kind": "gcloud functions deploy", "pos": "8", "platform": gcf,
			"name":       "orders@10",
			"gen":        "2@11",
			"runtime":    "go122@13",
			"entrypoint": "HandleOrder@14",
			"dir":        "sam/orders@0", // the step's dir
			"env":        "complete PROJECT@16=?$PROJECT_ID@16 MODE@16=prod@16",
			"events":     "pubsub --trigger-topic @15 src=?$_TOPIC@15 batch=absent",
		}},
		{"audit", map[string]string{
			"kind": "gcloud functions deploy", "pos": "18", "platform": gcf,
			"name":       "audit@18",
			"gen":        "1@18",
			"runtime":    "go121@18",
			"entrypoint": "Audit@18",
			"dir":        "?@0", // the repository root or the file's directory: neither holds Go code
			"env":        "incomplete",
			"events":     "http --trigger-http @18 src=absent batch=absent",
		}},
		{"notify", map[string]string{
			"kind": "gcloud functions deploy", "pos": "25", "platform": gcf,
			"name":        "notify@25",
			"gen":         "2@25",
			"runtime":     "go123@25",
			"entrypoint":  "Notify@26",
			"concurrency": "10@26",
			"dir":         "?@0",
			"env":         "incomplete",
			"events":      "http --trigger-http @26 src=absent batch=absent",
		}},
	})
}

func TestWorkflow(t *testing.T) {
	set := Load([]string{"testdata/workflow/.github/workflows/deploy.yml"})
	noErrors(t, set)
	gcf := "Cloud Run functions"
	checkFunctions(t, set, []fnCase{
		{"hello", map[string]string{
			"kind": "gcloud functions deploy", "pos": "14", "platform": gcf,
			"name":       "hello@14",
			"gen":        "2@15",
			"runtime":    "go122@15",
			"entrypoint": "Hello@16",
			"source":     "./sam/orders@16",
			"dir":        "sam/orders@16", // defaults.run.working-directory
			"env":        "complete GREETING@17=hi@17 TARGET@17=?${{ vars.TARGET }}@17",
			"events":     "http --trigger-http @17 src=absent batch=absent",
		}},
		{"folded", map[string]string{
			"kind": "gcloud functions deploy", "pos": "20", "platform": gcf,
			"name":    "folded@20",
			"runtime": "go121@21",
			"dir":     "<testdata>@0",
			"env":     "incomplete",
			"events":  "http --trigger-http @21 src=absent batch=absent",
		}},
		// The pwsh step is not read.
	})
}

func TestDiscover(t *testing.T) {
	abs, _ := filepath.Abs("testdata")
	var got []string
	for _, f := range Discover("testdata") {
		if rel, err := filepath.Rel(abs, f); err == nil && !strings.HasPrefix(rel, "..") {
			got = append(got, filepath.ToSlash(rel))
		}
	}
	want := []string{
		"cfn/stack.json",
		"cloudbuild/cloudbuild.yaml",
		"discover/infra.yml", // sniffed: AWS::Lambda::
		"gcf-script/fn/deploy.sh",
		"make/Makefile",
		"malformed/cb/cloudbuild.yaml",
		"malformed/make/Makefile",
		"malformed/sh/deploy.sh",
		"malformed/sls/serverless.yml",
		"malformed/stack.json",
		"malformed/template.yaml",
		"malformed/tf/main.tf",
		"malformed/wf/.github/workflows/deploy.yml",
		"sam-image/template.yaml",
		"sam-makefile/Makefile",
		"sam-makefile/template.yaml",
		"sam/template.yaml",
		"scripts/deploy.sh",
		"serverless-build/Makefile",
		"serverless-build/serverless.yml",
		"serverless-google/serverless.yml",
		"serverless/serverless.yml",
		"terraform/aws/main.tf",
		"terraform/aws/variables.tf",
		"terraform/gcp/main.tf",
		"terraform/legacy/main.tf",
		"tfbin/Makefile",
		"tfbin/infra/main.tf",
		"workflow/.github/workflows/action.yml",
		"workflow/.github/workflows/deploy.yml",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Discover:\n got %q\nwant %q", got, want)
	}

	// Up from a package directory to the repository root: the template of
	// the parent directory is found.
	up := Discover("testdata/sam/orders")
	if !slices.Contains(up, filepath.Join(abs, "sam", "template.yaml")) {
		t.Errorf("Discover from sam/orders does not find sam/template.yaml: %q", up)
	}
	for _, f := range up {
		if strings.HasPrefix(f, filepath.Join(abs, "cfn")) {
			t.Errorf("Discover from sam/orders reads a sibling directory: %s", f)
		}
	}

	// Find reads what Discover lists, the malformed files included.
	set := Find("testdata/discover")
	noErrors(t, set)
	if len(set.Functions) != 1 || set.Functions[0].ID != "Fn" {
		t.Errorf("Find(discover) found %d functions, want Fn alone", len(set.Functions))
	}
}

func showBuild(b *Build) string {
	var pkgs []string
	for _, p := range b.Packages {
		pkgs = append(pkgs, show(p))
	}
	return fmt.Sprintf("%s@%d -o %s out=%s pkgs=%v dir=%s", b.Format, b.Pos.Line, show(b.Output),
		strings.Replace(show(b.OutputPath), "<testdata>/", "", 1), pkgs, strings.Replace(show(b.Dir), "<testdata>/", "", 1))
}

func TestBuilds(t *testing.T) {
	set := Load([]string{"testdata/serverless-build/serverless.yml", "testdata/serverless-build/Makefile", "testdata/scripts/deploy.sh"})
	noErrors(t, set)
	var got []string
	for _, b := range set.Builds {
		got = append(got, showBuild(b))
	}
	want := []string{
		`Makefile@4 -o bin/hello@4 out=serverless-build/bin/hello@4 pkgs=[./hello@4] dir=serverless-build/hello@4`,
		`Makefile@5 -o bin/world@5 out=serverless-build/bin/world@5 pkgs=[world/main.go@5] dir=serverless-build/world@5`,
		`Makefile@6 -o bin/other@6 out=serverless-build/bin/other@6 pkgs=[?$(PKG)@6] dir=?$(PKG)@6`,
		// $(GOFLAGS) may be flags: the literal package decides.
		`Makefile@7 -o bin/flags@7 out=serverless-build/bin/flags@7 pkgs=[?$(GOFLAGS)@7 ./hello@7] dir=serverless-build/hello@7`,
		// The cd inside the subshell applies to it alone.
		`shell script@24 -o ../../bin/stream@24 out=bin/stream@24 pkgs=[.@24] dir=sam/stream@24`,
		`shell script@25 -o ?"$OUT"@25 out=?"$OUT"@25 pkgs=[./@25] dir=sam/orders@25`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("builds:\n got %q\nwant %q", got, want)
	}
	// serverless.yml's handlers are the binaries built by the Makefile.
	dirs := map[string]string{}
	for _, fn := range set.Functions {
		if fn.Format == FormatServerless {
			dirs[fn.ID] = strings.Replace(show(fn.Entry.Dir), "<testdata>/", "", 1)
		}
	}
	wantDirs := map[string]string{
		"hello": "serverless-build/hello@4",
		"world": "serverless-build/world@5",
		"other": "?$(PKG)@6",
	}
	if !reflect.DeepEqual(dirs, wantDirs) {
		t.Errorf("serverless Entry.Dir:\n got %v\nwant %v", dirs, wantDirs)
	}
}

func TestDeployAction(t *testing.T) {
	set := Load([]string{"testdata/workflow/.github/workflows/action.yml"})
	noErrors(t, set)
	gcf := "Cloud Run functions"
	checkFunctions(t, set, []fnCase{
		{"orders", map[string]string{
			"kind": "google-github-actions/deploy-cloud-functions", "pos": "8", "platform": gcf,
			"name":        "orders@10",
			"gen":         "2@8", // v3 deploys 2nd gen only
			"runtime":     "go122@11",
			"entrypoint":  "HandleOrders@12",
			"source":      "internal/deploy/testdata/sam/orders@13",
			"dir":         "sam/orders@13",
			"memory":      "512@14",
			"timeout":     "2m0s@15",
			"concurrency": "20@16",
			"env":         "complete MODE@18=prod@18 TOKEN@19=?${{ secrets.TOKEN }}@19",
			"events":      "http google-github-actions/deploy-cloud-functions @8 src=absent batch=absent",
		}},
		{"legacy", map[string]string{
			"kind": "google-github-actions/deploy-cloud-functions", "pos": "20", "platform": gcf,
			"name":    "legacy@22",
			"gen":     "1@20",
			"runtime": "go121@23",
			"memory":  "256@24",
			"timeout": "1m0s@25",
			"dir":     "<repo>@0",
			"env":     "incomplete A@26=1@26 B@26=2@26",
			"events":  "pubsub event_trigger_type @27 src=projects/p/topics/t@28 batch=absent",
		}},
	})
}

// TestSourceDirEvidence checks the choice between the directories a
// script may run in: the one holding Go code.
func TestSourceDirEvidence(t *testing.T) {
	set := Load([]string{"testdata/gcf-script/fn/deploy.sh"})
	noErrors(t, set)
	if len(set.Functions) != 1 {
		t.Fatalf("found %d functions, want 1", len(set.Functions))
	}
	if got, want := show(set.Functions[0].Entry.Dir), "<testdata>/gcf-script/fn@3"; got != want {
		t.Errorf("Dir = %s, want %s", got, want)
	}
}

func TestTerraformLegacySyntax(t *testing.T) {
	set := Load([]string{"testdata/terraform/legacy/main.tf"})
	noErrors(t, set)
	checkFunctions(t, set, []fnCase{
		{"google_cloudfunctions_function.build", map[string]string{
			"kind": "google_cloudfunctions_function", "pos": "2", "platform": "Cloud Run functions",
			"gen":        "1@2",
			"name":       "build@3",
			"source":     "?\"${google_storage_bucket_object.build_function.name}\"@5",
			"runtime":    "go111@6",
			"memory":     "128@7",
			"entrypoint": "Build@8",
			"timeout":    "30s@9",
			"env":        "complete CONFIG_SRC@17=gs://config/build.yaml@17",
			"events":     "pubsub event_trigger @11 src=?\"${google_pubsub_topic.build_triggers.name}\"@13 batch=absent",
		}},
	})
}

// TestSelfReference checks that an alias that makes a node contain itself
// is read (as Unknown) instead of recursing forever.
func TestSelfReference(t *testing.T) {
	src := newSrcFile("template.yaml", []byte("Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: &x [*x]\n"))
	r := parseCloudFormation(src, false)
	if len(r.errors) != 0 || len(r.functions) != 1 {
		t.Fatalf("got %d functions, errors %v", len(r.functions), r.errors)
	}
	if got := r.functions[0].Runtime; got.State != Unknown || got.Text != "[[[[[[[[[…]]]]]]]]]" {
		t.Errorf("Runtime = %s %q, want Unknown", got.State, got.Text)
	}
}

// TestTerraformBinary checks that a Terraform function whose archive zips
// a built binary gets the directory of the package a Makefile builds it
// from.
func TestTerraformBinary(t *testing.T) {
	set := Load([]string{"testdata/tfbin/infra/main.tf", "testdata/tfbin/Makefile"})
	noErrors(t, set)
	checkFunctions(t, set, []fnCase{
		{"aws_lambda_function.api", map[string]string{
			"kind": "aws_lambda_function", "pos": "7", "platform": "AWS Lambda",
			"name":    "api@8",
			"runtime": "provided.al2023@9",
			"handler": "bootstrap@10",
			"source":  "?data.archive_file.api.output_path@11",
			"binary":  "tfbin/dist/bootstrap@3",
			"dir":     "tfbin/cmd/api@2",
		}},
	})
}

// TestSAMMakefile checks that a SAM function built with BuildMethod
// makefile gets the package its build-<LogicalID> rule builds.
func TestSAMMakefile(t *testing.T) {
	set := Load([]string{"testdata/sam-makefile/template.yaml", "testdata/sam-makefile/Makefile"})
	noErrors(t, set)
	checkFunctions(t, set, []fnCase{
		{"HelloFunction", map[string]string{
			"kind": "AWS::Serverless::Function", "pos": "4", "platform": "AWS Lambda",
			"buildmethod": "makefile@7",
			"source":      ".@9",
			"handler":     "bootstrap@10",
			"runtime":     "provided.al2023@11",
			"dir":         "sam-makefile/cmd/hello@4", // not CodeUri's directory
		}},
	})
	var targets []string
	for _, b := range set.Builds {
		targets = append(targets, b.Target)
	}
	if want := []string{"build-HelloFunction", "build-Other"}; !reflect.DeepEqual(targets, want) {
		t.Errorf("build targets %q, want %q", targets, want)
	}
}

// TestLoadDirectory checks that a directory named to Load stands for the
// deployment files of its tree.
func TestLoadDirectory(t *testing.T) {
	set := Load([]string{"testdata/terraform"})
	noErrors(t, set)
	var ids []string
	for _, fn := range set.Functions {
		ids = append(ids, fn.ID)
	}
	want := []string{
		"aws_lambda_function.api", "aws_lambda_function.worker", "module.notifier",
		"google_cloudfunctions_function.report", "google_cloudfunctions_function.ingest",
		"google_cloudfunctions2_function.api", "google_cloudfunctions2_function.events",
		"google_cloudfunctions_function.build",
	}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("Load(testdata/terraform) found %q, want %q", ids, want)
	}
}

// TestSAMImage checks that an image function's code is its
// DockerContext, not the template's directory.
func TestSAMImage(t *testing.T) {
	set := Load([]string{"testdata/sam-image/template.yaml"})
	noErrors(t, set)
	checkFunctions(t, set, []fnCase{
		{"ApiFunction", map[string]string{
			"kind": "AWS::Serverless::Function", "pos": "4", "platform": "AWS Lambda",
			"dir": "sam-image/api@11",
		}},
	})
}

// TestDiscoverOutsideRepository: a module in no repository is read alone;
// the directories above it (a temporary or home directory) are not its
// deployment.
func TestDiscoverOutsideRepository(t *testing.T) {
	dir := t.TempDir()
	if repoRoot(dir) != "" {
		t.Skip("the temporary directory is inside a repository")
	}
	tmpl := "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources: {}\n"
	mod := filepath.Join(dir, "mod")
	for _, f := range []string{filepath.Join(dir, "template.yaml"), filepath.Join(mod, "template.yaml")} {
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(tmpl), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := Discover(mod)
	if want := []string{filepath.Join(mod, "template.yaml")}; !slices.Equal(got, want) {
		t.Errorf("Discover(%s) = %q, want %q", mod, got, want)
	}
	// In a repository, the walk goes up to its root.
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Discover(mod); len(got) != 2 {
		t.Errorf("Discover(%s) in a repository = %q, want both templates", mod, got)
	}
}
