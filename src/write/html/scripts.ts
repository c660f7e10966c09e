/**
 * The pages' scripts, inlined: the hover tip on restored words, and the
 * batch's tasks view (filters and sorting). Plain browser JavaScript with no
 * library; the pages read fully without it, the script only adds.
 */

/**
 * A tip that follows the pointer (or the focus) over a restored word,
 * showing what OCR printed, the confidence and the other readings, from the
 * word's data-o, data-c and data-a; the labels are the page's own.
 */
export function tipScript(labels: { original: string; confidence: string; alternatives: string }): string {
  return `
(function(){
  var L=${JSON.stringify(labels).replace(/</gu, '\\u003c')};
  var tip=document.createElement('div');tip.id='tip';tip.setAttribute('role','tooltip');document.body.appendChild(tip);
  function line(label,value,strong){var d=document.createElement('div');var b=document.createElement(strong?'b':'span');b.textContent=label+': '+value;d.appendChild(b);tip.appendChild(d);}
  function show(w,x,y){
    tip.textContent='';
    line(L.original,w.getAttribute('data-o'),true);
    line(L.confidence,w.getAttribute('data-c'),false);
    if(w.hasAttribute('data-a'))line(L.alternatives,w.getAttribute('data-a'),false);
    tip.style.display='block';
    var r=tip.getBoundingClientRect();
    tip.style.left=Math.max(4,Math.min(x+12,window.innerWidth-r.width-8))+'px';
    tip.style.top=(y+18+r.height>window.innerHeight?y-r.height-10:y+18)+'px';
  }
  function word(e){return e.target.closest?e.target.closest('.w[data-o]'):null;}
  document.addEventListener('mouseover',function(e){var w=word(e);if(w)show(w,e.clientX,e.clientY);else tip.style.display='none';});
  document.addEventListener('focusin',function(e){var w=word(e);if(w){var r=w.getBoundingClientRect();show(w,r.left,r.bottom);}});
})();
`;
}

/**
 * The tasks view: rows carry data-lead (names joined by "|"), data-month and
 * data-doc; the selects keep the rows that match all three; a header click
 * sorts by its column's data-key (text, Vietnamese collation) and again
 * reverses.
 */
export const TASKS_SCRIPT = `
(function(){
  var table=document.getElementById('tasks-table');if(!table)return;
  var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
  var lead=document.getElementById('f-lead'),month=document.getElementById('f-month'),doc=document.getElementById('f-doc');
  var count=document.getElementById('tasks-shown');
  function apply(){
    var n=0;
    rows.forEach(function(r){
      var ok=(!lead.value||r.getAttribute('data-lead').split('|').indexOf(lead.value)>=0)
        &&(!month.value||r.getAttribute('data-month').split('|').indexOf(month.value)>=0)
        &&(!doc.value||r.getAttribute('data-doc')===doc.value);
      r.hidden=!ok;if(ok)n++;
    });
    count.textContent=String(n);
  }
  [lead,month,doc].forEach(function(s){s.addEventListener('change',apply);});
  document.getElementById('f-reset').addEventListener('click',function(){lead.value='';month.value='';doc.value='';apply();});
  var coll=new Intl.Collator('vi',{numeric:true});
  var ths=table.tHead.querySelectorAll('th[data-key]');
  Array.prototype.forEach.call(ths,function(th,col){
    th.classList.add('sortable');
    th.addEventListener('click',function(){
      var asc=!th.classList.contains('sorted-asc');
      Array.prototype.forEach.call(ths,function(o){o.classList.remove('sorted-asc','sorted-desc');});
      th.classList.add(asc?'sorted-asc':'sorted-desc');
      var key=th.getAttribute('data-key');
      rows.sort(function(a,b){
        var x=a.getAttribute('data-'+key)||'\\uffff',y=b.getAttribute('data-'+key)||'\\uffff';
        var c=coll.compare(x,y)||(Number(a.getAttribute('data-order'))-Number(b.getAttribute('data-order')));
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  apply();
})();
`;
