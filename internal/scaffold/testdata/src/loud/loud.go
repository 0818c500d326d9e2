package loud

func f() {
	g() // want "call"
	g() //fnlint:ignore toy deliberate
}

func g() {}
