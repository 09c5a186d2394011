#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import{a as m}from"./chunk-VHH73QED.js";import"./chunk-OTCSV22L.js";import{a as c,b as g,c as b}from"./chunk-PI4NSP4S.js";import{a as y}from"./chunk-PRES4J4Z.js";import{c as h}from"./chunk-NXB7GAJR.js";import{a as u}from"./chunk-I7KAQDGD.js";import{a as d}from"./chunk-WOUIKW3I.js";import"./chunk-2I6N5MIJ.js";import"./chunk-N6JC5IKS.js";import"./chunk-H2WO2VAR.js";import"./chunk-VEOYHGR6.js";import"./chunk-ZSM4LA5G.js";import"./chunk-SHCVP3WY.js";import"./chunk-PIWZXNM7.js";import{d as f}from"./chunk-5FRDCOBF.js";import"./chunk-3MO3CUDA.js";import"./chunk-YB6M6II5.js";import"./chunk-WZFY3AAE.js";import"./chunk-JEKRH46Q.js";import{a as i,c as o}from"./chunk-XQZNINPB.js";import{j as p}from"./chunk-JZJEHM4L.js";p();import{resolve as $}from"node:path";import{parseArgs as x}from"node:util";var R=`promptgate <command> [options]

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
`,w=["markdown","json","junit"],j={info:r=>console.error(r),warning:r=>console.error(`warning: ${r}`),debug:r=>{process.env.PROMPTGATE_DEBUG&&console.error(`debug: ${r}`)},group:async(r,e)=>(console.error(`== ${r}`),e())};async function k(r){try{let{values:e,positionals:l}=x({args:r,allowPositionals:!0,options:{config:{type:"string",default:"promptgate.yml"},repo:{type:"string",default:"."},base:{type:"string",default:"HEAD~1"},head:{type:"string",default:"HEAD"},format:{type:"string",default:"markdown"},out:{type:"string"},"max-usd":{type:"string"},all:{type:"boolean",default:!1},baseline:{type:"string"},help:{type:"boolean",short:"h",default:!1}}}),t=l[0]??"run";if(e.help||t==="help")return console.log(R),o.pass;if(t==="suites"){for(let s of u())console.log(`${s.name.padEnd(20)} ${s.kind.padEnd(11)} ${s.description}`);return o.pass}if(!["run","record","baseline"].includes(t))throw new i(`unknown command "${t}". Expected run, record, baseline or suites (see promptgate --help).`);let E=F(e.format),v={repoDir:$(e.repo),configPath:e.config,base:t==="baseline"?e.head:e.base,head:e.head,env:process.env,maxUsd:e["max-usd"]===void 0?void 0:d("--max-usd",e["max-usd"]),cassetteMode:t==="record"?"record":void 0,all:e.all||t==="baseline",baselineFile:t==="baseline"?void 0:e.baseline,log:j},n=await m(v);if(t==="baseline"){let s=e.out??"promptgate-baseline.json",a=n.records.filter(A=>A.status!=="ok");return a.length>0&&console.error(`warning: ${a.length} call(s) did not answer and are left out of the baseline (first: ${a[0].key}: ${a[0].error})`),f(n.records,n.plan,s),console.error(`baseline of ${n.result.prompts.length} prompt(s) written to ${s}`),o.pass}return e.out&&await b(n.result,e.out),console.log(S(E,n.result)),y(n).failed?o.gateFailed:o.pass}catch(e){return e instanceof i||G(e)?(console.error(`promptgate: ${e.message}`),o.cannotRun):(console.error(`promptgate: unexpected error, please report it: ${e.stack??String(e)}`),o.cannotRun)}}function S(r,e){return r==="json"?g(e):r==="junit"?c(e):h(e,{maxChars:Number.MAX_SAFE_INTEGER,surface:"summary"})}function F(r){let e=w.find(l=>l===r);if(!e)throw new i(`Invalid --format '${r}'. Expected one of: ${w.join(", ")}.`);return e}function G(r){let e=r.code;return typeof e=="string"&&e.startsWith("ERR_PARSE_ARGS")}process.exitCode=await k(process.argv.slice(2));export{k as main};
