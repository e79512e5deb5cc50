package intercept

import "regexp"

type regexpT = regexp.Regexp

func mustRe(s string) *regexp.Regexp { return regexp.MustCompile(s) }
