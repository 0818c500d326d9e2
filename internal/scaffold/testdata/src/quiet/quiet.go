package quiet

func f() {
	g() // ok: this instance's -loud is off
}

func g() {}
