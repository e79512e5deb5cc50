package main

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestSplitDockerArgs(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		want    *dockerUserArgs
		wantErr bool
	}{
		{args: []string{"alpine"}, want: &dockerUserArgs{image: "alpine", command: []string{}}},
		{
			args: []string{"--rm", "-it", "-p", "8080:80", "-e", "A=1", "--publish=9000:9000", "-p9001:9001", "-v", "/x:/y", "img:1", "sh", "-c", "-p 1"},
			want: &dockerUserArgs{
				publish: []string{"8080:80", "9000:9000", "9001:9001"},
				options: []string{"--rm", "-it", "-e", "A=1", "-v", "/x:/y"},
				image:   "img:1", command: []string{"sh", "-c", "-p 1"},
			},
		},
		{args: []string{"--", "img", "-p"}, want: &dockerUserArgs{image: "img", command: []string{"-p"}}},
		{args: []string{"--network", "host", "img"}, wantErr: true},
		{args: []string{"--net=host", "img"}, wantErr: true},
		{args: []string{"-P", "img"}, wantErr: true},
		{args: []string{"--rm"}, wantErr: true},
		{args: []string{"-e"}, wantErr: true},
	} {
		got, err := splitDockerArgs(tc.args)
		if (err != nil) != tc.wantErr {
			t.Errorf("%q: err %v, wantErr %v", tc.args, err, tc.wantErr)
			continue
		}
		if err == nil && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tc.args, got, tc.want)
		}
	}
}

func TestShellName(t *testing.T) {
	for k, want := range map[string]bool{"A": true, "_x1": true, "PLAIN_VAR": true, "1A": false, "app.conf": false, "CM_app.conf": false, "": false, "A-B": false} {
		if shellName(k) != want {
			t.Errorf("shellName(%q) = %v, want %v", k, !want, want)
		}
	}
}

func TestFormatGitHubEnv(t *testing.T) {
	got := string(formatGitHubEnv([]string{"A=1", "B=x=y", "C=line1\nline2", "D=has KUBETUN_EOF\nin it"}))
	want := "A=1\nB=x=y\nC<<KUBETUN_EOF\nline1\nline2\nKUBETUN_EOF\nD<<KUBETUN_EOF_\nhas KUBETUN_EOF\nin it\nKUBETUN_EOF_\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Without a docker command, building the image says to install Docker, not to start it.
func TestDockerMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := ensureSidecarImage(context.Background(), sidecarImage)
	err = dockerAdvice(err)
	if got := formatError(err); !errors.Is(err, errNoDocker) || exitCode(err) != exitUser || !strings.Contains(got, "install Docker") {
		t.Errorf("no docker: %q (exit %d)", got, exitCode(err))
	}
}
