package fn_test

import (
	"net/http/httptest"
	"testing"

	"example.com/variants/fn"
	"example.com/variants/helper"
)

func TestHandle(t *testing.T) {
	rec := httptest.NewRecorder()
	fn.Handle(rec, httptest.NewRequest("GET", "/", nil))
	helper.Check(t, rec.Body.String())
}
