#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{a as f}from"./chunk-B32Z2FJP.js";import"./chunk-CUGBUHJN.js";import{a as m,b as c,c as h}from"./chunk-5RDLCG35.js";import{a as b}from"./chunk-UFLKU6O7.js";import{c as g}from"./chunk-2JEOQHJH.js";import{a as d}from"./chunk-U6MYOKRN.js";import{a as p}from"./chunk-JNOBYN74.js";import"./chunk-PKPM4KUB.js";import"./chunk-VLPFSMRR.js";import"./chunk-OEAKZ43W.js";import"./chunk-VDICN6LP.js";import"./chunk-M37FCIAU.js";import"./chunk-ABMT7LKC.js";import"./chunk-DBSDGFS3.js";import{d as u}from"./chunk-D7HNFLEU.js";import"./chunk-RSTIFRAA.js";import"./chunk-ON2CAJZ4.js";import"./chunk-MG4PFB6Z.js";import"./chunk-SXFSLWNX.js";import{a as i,c as o}from"./chunk-AWZAK5T2.js";import"./chunk-5SILH6BQ.js";import{resolve as A}from"node:path";import{parseArgs as $}from"node:util";var x=`promptgate <command> [options]

Commands:
  run        gate the prompts changed between --base and --head (default)
  record     like run, but call the providers and store every answer in the cassettes
  baseline   run every prompt at --head and write the approved results to --out (default promptgate-baseline.json)
  suites     list the built-in adversarial suites

Options:
  --config <file>     config file, relative to --repo (default promptgate.yml)
  --repo <dir>        repository root (default .)
  --base <ref>        git ref or SHA to compare against (default HEAD~1)
  --head <ref>        git ref or SHA under test (default HEAD)
  --format <fmt>      what to print: markdown (default), json or junit
  --out <dir|file>    also write report.md, results.json and junit.xml to this folder (baseline: the file)
  --max-usd <usd>     spend cap for this run, overrides budget.maxUsd
  --all               gate every prompt the config names, not only the changed ones
  --baseline <file>   compare head with an approved baseline (from \`promptgate baseline\`) instead of
                      running base: a scheduled drift check is \`run --all --baseline <file>\`
  -h, --help          this help

Exit codes:
  0  the gate passed (or was neutral)
  1  the gate failed: a regression, a threshold breach or a provider error
  2  the tool could not run: bad config, prompt, dataset, arguments or repository
`,y=["markdown","json","junit"],R={info:r=>console.error(r),warning:r=>console.error(`warning: ${r}`),debug:r=>{process.env.PROMPTGATE_DEBUG&&console.error(`debug: ${r}`)},group:async(r,e)=>(console.error(`== ${r}`),e())};async function j(r){try{let{values:e,positionals:l}=$({args:r,allowPositionals:!0,options:{config:{type:"string",default:"promptgate.yml"},repo:{type:"string",default:"."},base:{type:"string",default:"HEAD~1"},head:{type:"string",default:"HEAD"},format:{type:"string",default:"markdown"},out:{type:"string"},"max-usd":{type:"string"},all:{type:"boolean",default:!1},baseline:{type:"string"},help:{type:"boolean",short:"h",default:!1}}}),t=l[0]??"run";if(e.help||t==="help")return console.log(x),o.pass;if(t==="suites"){for(let s of d())console.log(`${s.name.padEnd(20)} ${s.kind.padEnd(11)} ${s.description}`);return o.pass}if(!["run","record","baseline"].includes(t))throw new i(`unknown command "${t}". Expected run, record, baseline or suites (see promptgate --help).`);let w=S(e.format),E={repoDir:A(e.repo),configPath:e.config,base:t==="baseline"?e.head:e.base,head:e.head,env:process.env,maxUsd:e["max-usd"]===void 0?void 0:p("--max-usd",e["max-usd"]),cassetteMode:t==="record"?"record":void 0,all:e.all||t==="baseline",baselineFile:t==="baseline"?void 0:e.baseline,log:R},n=await f(E);if(t==="baseline"){let s=e.out??"promptgate-baseline.json",a=n.records.filter(v=>v.status!=="ok");return a.length>0&&console.error(`warning: ${a.length} call(s) did not answer and are left out of the baseline (first: ${a[0].key}: ${a[0].error})`),u(n.records,n.plan,s),console.error(`baseline of ${n.result.prompts.length} prompt(s) written to ${s}`),o.pass}return e.out&&await h(n.result,e.out),console.log(k(w,n.result)),b(n).failed?o.gateFailed:o.pass}catch(e){return e instanceof i||F(e)?(console.error(`promptgate: ${e.message}`),o.cannotRun):(console.error(`promptgate: unexpected error, please report it: ${e.stack??String(e)}`),o.cannotRun)}}function k(r,e){return r==="json"?c(e):r==="junit"?m(e):g(e,{maxChars:Number.MAX_SAFE_INTEGER,surface:"summary"})}function S(r){let e=y.find(l=>l===r);if(!e)throw new i(`Invalid --format '${r}'. Expected one of: ${y.join(", ")}.`);return e}function F(r){let e=r.code;return typeof e=="string"&&e.startsWith("ERR_PARSE_ARGS")}process.exitCode=await j(process.argv.slice(2));export{j as main};
