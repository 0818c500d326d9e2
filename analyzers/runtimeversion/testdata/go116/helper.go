package fn // ok: this file declares no entry point

func helper() {}
